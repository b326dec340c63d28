import Aside from './Aside.astro';
import Cite from './Cite.astro';
import ToolEmbed from './ToolEmbed.astro';
import Fact from './Fact.astro';

/** Components every MDX page may use without importing them. */
export const mdxComponents = { Aside, Cite, ToolEmbed, Fact };
