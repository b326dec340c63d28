import { useState } from 'preact/hooks';
import type { ChecklistItem as ChecklistItemData } from '../../../schemas/checklist';
import type { ChecklistStrings } from '../../../i18n/tools/checklist';
import { fillTemplate } from '../../../i18n/ui';
import { noteMaxLength } from '../../../lib/checklist/state';

interface Props {
	item: ChecklistItemData;
	done: boolean;
	note: string;
	/** False until the saved state is loaded, so nothing is ticked against stale data. */
	ready: boolean;
	strings: ChecklistStrings;
	onDoneChange: (itemId: string, done: boolean) => void;
	onNoteChange: (itemId: string, note: string) => void;
}

/** One item: a real checkbox, why it matters, a guide link, and a note behind a disclosure. */
export function ChecklistItem({ item, done, note, ready, strings, onDoneChange, onNoteChange }: Props) {
	// Null until the user opens or closes the note: until then a saved note shows itself.
	const [noteOpenChoice, setNoteOpenChoice] = useState<boolean | null>(null);
	const hasNote = note.trim() !== '';
	const noteOpen = noteOpenChoice ?? hasNote;
	const ids = {
		checkbox: `check-${item.id}`,
		label: `label-${item.id}`,
		why: `why-${item.id}`,
		note: `note-${item.id}`,
		noteHint: `note-hint-${item.id}`,
		notePanel: `note-panel-${item.id}`,
	};
	const toggleText = noteOpen ? strings.note.hide : hasNote ? strings.note.show : strings.note.add;

	return (
		<li id={`item-${item.id}`} class={done ? 'cl-item is-done' : 'cl-item'}>
			<div class="cl-item__check">
				<input
					type="checkbox"
					id={ids.checkbox}
					checked={done}
					disabled={!ready}
					aria-describedby={item.why ? ids.why : undefined}
					onChange={(event) => onDoneChange(item.id, event.currentTarget.checked)}
				/>
				<label id={ids.label} for={ids.checkbox} class="cl-item__label">
					{item.text}
				</label>
			</div>
			<div class="cl-item__body">
				{item.why && (
					<p id={ids.why} class="cl-item__why">
						{item.why}
					</p>
				)}
				{item.link && (
					<p class="cl-item__link">
						{strings.guideLinkPrefix} <a href={item.link.href}>{item.link.text}</a>
					</p>
				)}
				<button
					type="button"
					class="cl-item__note-toggle no-print"
					aria-expanded={noteOpen}
					aria-controls={ids.notePanel}
					aria-describedby={ids.label}
					disabled={!ready}
					onClick={() => setNoteOpenChoice(!noteOpen)}
				>
					{toggleText}
				</button>
				<div id={ids.notePanel} class="cl-item__note no-print" hidden={!noteOpen}>
					<label for={ids.note} class="cl-item__note-label">
						{strings.note.label}
					</label>
					<p id={ids.noteHint} class="cl-item__note-hint">
						{fillTemplate(strings.note.hint, { max: noteMaxLength })}
					</p>
					<textarea
						id={ids.note}
						rows={3}
						maxLength={noteMaxLength}
						aria-describedby={ids.noteHint}
						value={note}
						onInput={(event) => onNoteChange(item.id, event.currentTarget.value)}
					/>
				</div>
				{hasNote && (
					<p class="cl-item__note-print">
						<strong>{strings.note.printLabel}</strong> {note}
					</p>
				)}
			</div>
		</li>
	);
}
