export function AftercarePage() {
  return (
    <section>
      <h1>Aftercare</h1>
      <p className="muted">Aftercare templates and dated sheets for each client will be managed here.</p>
    </section>
  );
}
