interface Props {
  title: string;
  questions: string[];
  chosen: readonly string[];
  onToggle(question: string, on: boolean): void;
}

/** A titled checklist of questions; ticked ones are in the meeting's list. */
export function QuestionList({ title, questions, chosen, onToggle }: Props) {
  if (questions.length === 0) return null;
  return (
    <fieldset className="question-list">
      <legend className="small">{title}</legend>
      <ul className="plain stack">
        {questions.map((question) => (
          <li key={question}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosen.includes(question)}
                onChange={(e) => onToggle(question, e.target.checked)}
              />
              <span>{question}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
