/**
 * The forms' honeypot: a field people never see (off screen, out of the tab order, hidden from
 * assistive technologies: global.css `.honeypot`) and robots fill in. The CMS answers a form that
 * has it filled as it would a person, and does nothing.
 */
export default function Honeypot({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
