/** The admin console's shell; its sections (channels, knowledge, rules, people, keys, reports) are added one by one. */
export function App() {
  return (
    <main>
      <h1>Admin console</h1>
      <p>Channels, knowledge, rules, people, keys and reports.</p>
    </main>
  );
}
