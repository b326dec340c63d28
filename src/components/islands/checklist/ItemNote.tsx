import type { ChecklistStrings } from '../../../i18n/tools/checklist';
import { fill } from '../../../lib/text/template';
import { noteMaxLength } from '../../../lib/checklist/state';

/** The id the list gives an item's label, so the note button can name its item. */
export const noteLabelId = (itemId: string) => `label-${itemId}`;

interface Props {
	itemId: string;
	note: string;
	open: boolean;
	strings: ChecklistStrings;
	onToggle: (itemId: string) => void;
	onNoteChange: (itemId: string, note: string) => void;
}

/**
 * The note under one item: a disclosure button, the field behind it, and a
 * copy of the note for print. Rendered only in the browser (notes need
 * saving to be worth typing), so the server-rendered page stays small.
 */
export function ItemNote({ itemId, note, open, strings, onToggle, onNoteChange }: Props) {
	const hasNote = note.trim() !== '';
	const panelId = `note-panel-${itemId}`;
	const fieldId = `note-${itemId}`;
	const hintId = `note-hint-${itemId}`;
	return (
		<>
			<button
				type="button"
				class="cl-item__note-toggle no-print"
				aria-expanded={open}
				aria-controls={panelId}
				aria-describedby={noteLabelId(itemId)}
				onClick={() => onToggle(itemId)}
			>
				{open ? strings.note.hide : hasNote ? strings.note.show : strings.note.add}
			</button>
			<div id={panelId} class="cl-item__note no-print" hidden={!open}>
				<label for={fieldId} class="cl-item__note-label">
					{strings.note.label}
				</label>
				<p id={hintId} class="cl-item__note-hint">
					{fill(strings.note.hint, { max: noteMaxLength })}
				</p>
				<textarea
					id={fieldId}
					rows={3}
					maxLength={noteMaxLength}
					aria-describedby={hintId}
					value={note}
					onInput={(event) => onNoteChange(itemId, event.currentTarget.value)}
				/>
			</div>
			{hasNote && (
				<p class="cl-item__note-print">
					<strong>{strings.note.printLabel}</strong>
					{note}
				</p>
			)}
		</>
	);
}
