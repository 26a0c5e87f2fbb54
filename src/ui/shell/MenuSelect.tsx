/** A labelled choice of the header's menu (basemap, timeline mode): a native select, typed by its choices. */
export function MenuSelect<T extends string>({ label, testId, value, choices, onChange }: {
  label: string; testId: string; value: T; choices: ReadonlyArray<{ value: T; label: string }>; onChange: (choice: T) => void;
}) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select data-testid={testId} value={value} onChange={(e) => {
        const chosen = choices.find((choice) => choice.value === e.target.value);
        if (chosen) onChange(chosen.value);
      }}>
        {choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
      </select>
    </label>
  );
}
