import type { ProgrammeDetail } from '../../api/types';

export function PartnersTab({ partners }: { partners: ProgrammeDetail['partners'] }) {
  if (partners.length === 0) return <p className="muted">No partners recorded.</p>;
  return (
    <div className="table-wrap">
      <h2 className="visually-hidden">Partners</h2>
      <table className="table">
        <caption className="visually-hidden">Partners and their roles</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Role in this programme</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.partnerId}>
              <th scope="row">{partner.name}</th>
              <td>{partner.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
