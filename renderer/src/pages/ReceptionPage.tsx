export function ReceptionPage() {
  return (
    <section>
      <h1>Reception</h1>
      <p className="muted">Treatment plans, booking windows and third-session deposits will be tracked here.</p>
    </section>
  );
}
