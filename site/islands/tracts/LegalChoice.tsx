/**
 * The legal mention of a print format (loi du 29 juillet 1881, art. 3):
 * "IPNS — imprimé par nos soins", or the printer's name and address.
 */
import type { TractInput } from '../../../tracts/template'
import { FormRow } from './FormRow'
import type { EditorStrings } from './strings'

/** Control ids by the names inputProblems() gives the printer's inputs. */
export const legalIds = { 'legal.name': 'tract-legal-name', 'legal.address': 'tract-legal-address' } as const

interface Props {
  legal: TractInput['legal']
  /** Messages for 'legal.name' and 'legal.address', in the visitor's language. */
  errors: Partial<Record<keyof typeof legalIds, string>>
  strings: EditorStrings
  onChange: (legal: TractInput['legal']) => void
}

export function LegalChoice({ legal, errors, strings, onChange }: Props) {
  const printer = legal.mode === 'printer' ? legal : null
  const choose = (mode: 'ipns' | 'printer') =>
    onChange(mode === 'ipns' ? { mode } : { mode, name: printer?.name ?? '', address: printer?.address ?? '' })
  return (
    <fieldset className="tract-legal">
      <legend>{strings.legalHeading}</legend>
      <p className="tract-help">{strings.legalHelp}</p>
      <div className="tract-choices">
        <label>
          <input type="radio" name="legal.mode" value="ipns" checked={!printer} onChange={() => choose('ipns')} /> {strings.legalIpns}
        </label>
        <label>
          <input type="radio" name="legal.mode" value="printer" checked={Boolean(printer)} onChange={() => choose('printer')} />{' '}
          {strings.legalPrinter}
        </label>
      </div>
      {printer && (
        <>
          <FormRow
            id={legalIds['legal.name']}
            label={strings.printerName}
            required
            error={errors['legal.name']}
            strings={strings}
            textLanguage={{}}
          >
            {(aria) => (
              <input
                id={legalIds['legal.name']}
                name="legal.name"
                {...aria}
                type="text"
                dir="auto"
                autoComplete="organization"
                value={printer.name}
                onChange={(event) => onChange({ ...printer, name: event.target.value })}
              />
            )}
          </FormRow>
          <FormRow
            id={legalIds['legal.address']}
            label={strings.printerAddress}
            required
            error={errors['legal.address']}
            strings={strings}
            textLanguage={{}}
          >
            {(aria) => (
              <textarea
                id={legalIds['legal.address']}
                name="legal.address"
                {...aria}
                rows={2}
                dir="auto"
                autoComplete="street-address"
                value={printer.address}
                onChange={(event) => onChange({ ...printer, address: event.target.value })}
              />
            )}
          </FormRow>
        </>
      )}
    </fieldset>
  )
}
