/** The built site under test; `DIST_DIR` points elsewhere when several builds share a checkout. */
export const distDir = process.env.DIST_DIR ?? 'dist';
