/** The method's reminders for the meeting itself. */
export function MeetingReminders({ minutes }: { minutes: number }) {
  return (
    <aside className="card small" aria-labelledby="meeting-reminders">
      <h2 id="meeting-reminders">Remember</h2>
      <ul className="reasons">
        <li>Watch the clock: you asked for about {minutes} minutes — when they are up, offer to stop.</li>
        <li>Ask for advice, never for a job.</li>
        <li>Before you leave, ask who else you should talk to, and whether you may use their name.</li>
        <li>Write your notes the same day.</li>
        <li>Send a personal thank-you within 48 hours, mentioning something specific they said.</li>
      </ul>
    </aside>
  );
}
