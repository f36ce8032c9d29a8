/**
 * Demonstration alignment links: how each demo programme serves the council's missions (through
 * their priorities) and the GMCA Integrated Settlement outcomes, and one local → GMCA indicator
 * link. The judgements are the demonstration's own (illustrative): a council would record its
 * own, with the evidence it holds. Two programmes are left without a GMCA outcome on purpose —
 * falls prevention (health sits outside the settlement) and the Town of Culture bid — so the
 * findings list has something true to say.
 */
export const COUNCIL_FRAMEWORK = 'WGN-PWU';
export const GMCA_FRAMEWORK = 'GMCA-IS';

export interface DemoProgrammeLink {
  programmeCode: string;
  targetType: 'mission' | 'priority' | 'outcome' | 'indicator';
  frameworkCode: string;
  targetCode: string;
  strength: 'primary' | 'secondary' | 'enabling';
  rationale: string;
  evidence: string;
}

const priority = (programmeCode: string, targetCode: string, strength: DemoProgrammeLink['strength'], rationale: string, evidence = ''): DemoProgrammeLink => ({
  programmeCode,
  targetType: 'priority',
  frameworkCode: COUNCIL_FRAMEWORK,
  targetCode,
  strength,
  rationale,
  evidence,
});
const outcome = (programmeCode: string, targetCode: string, strength: DemoProgrammeLink['strength'], rationale: string, evidence = ''): DemoProgrammeLink => ({
  programmeCode,
  targetType: 'outcome',
  frameworkCode: GMCA_FRAMEWORK,
  targetCode,
  strength,
  rationale,
  evidence,
});

export const DEMO_PROGRAMME_LINKS: readonly DemoProgrammeLink[] = [
  priority('WGN-LWT', 'M1.1', 'primary', 'Moves economically inactive residents closer to, into or back to work.', 'Trailblazer grant agreement (illustrative)'),
  priority('WGN-LWT', 'M2.3', 'secondary', 'Delivered entirely through local voluntary and community organisations.'),
  outcome('WGN-LWT', 'O-ES-1', 'primary', 'The trailblazer is employment support by design and is funded from that pillar from 2026/27.'),
  priority('WGN-LMDZ', 'M2.1', 'primary', 'Regeneration of Leigh town centre is the zone’s first aim.'),
  priority('WGN-LMDZ', 'M2.2', 'secondary', 'Brings forward land for new homes around the town centre.'),
  outcome('WGN-LMDZ', 'O-LGP-2', 'primary', 'Town-centre investment drawn from the local growth and place pillar.'),
  outcome('WGN-LMDZ', 'O-HR-1', 'secondary', 'Housing on previously developed land within the zone.'),
  priority('WGN-NFD', 'M2.2', 'primary', 'A strategic growth location for new homes and jobs.'),
  priority('WGN-NFD', 'M1.1', 'enabling', 'Employment land that brings jobs within reach of residents.'),
  outcome('WGN-NFD', 'O-HR-1', 'primary', 'Brownfield and growth-location housing delivery.'),
  priority('WGN-LTB', 'M2.1', 'primary', 'The town board’s plan is about Leigh town centre and its high street.'),
  outcome('WGN-LTB', 'O-LGP-2', 'primary', 'Town-centre vitality is the plan’s headline aim.'),
  { programmeCode: 'WGN-CAP', targetType: 'mission', frameworkCode: COUNCIL_FRAMEWORK, targetCode: 'M2', strength: 'secondary', rationale: 'Capital investment in the borough’s places and assets.', evidence: '' },
  outcome('WGN-CAP', 'O-LGP-1', 'enabling', 'Some schemes improve the places where businesses operate.'),
  priority('WGN-FALLS', 'M1.4', 'primary', 'Fewer falls among older residents means healthier, longer, independent lives.'),
  priority('WGN-H4Y', 'M1.3', 'primary', 'Helps households with the cost of living and the support they are entitled to.'),
  priority('WGN-H4Y', 'M2.3', 'secondary', 'Works through community hubs and local organisations.'),
  outcome('WGN-H4Y', 'O-ES-1', 'enabling', 'Some residents are referred on to employment support.'),
  priority('WGN-SCF', 'M2.3', 'primary', 'Grants that keep community networks strong.'),
  priority('WGN-SCF', 'M1.3', 'secondary', 'Several funded groups run food and warm-space projects.'),
  outcome('WGN-SCF', 'O-ES-1', 'enabling', 'A share of funded projects offer volunteering and routes towards work.'),
  priority('WGN-TOC27', 'M2.1', 'primary', 'A cultural programme to bring people into the borough’s towns.'),
  { programmeCode: 'WGN-LGB', targetType: 'mission', frameworkCode: COUNCIL_FRAMEWORK, targetCode: 'M2', strength: 'secondary', rationale: 'Connected Leigh to Manchester by guided bus.', evidence: '' },
  outcome('WGN-LGB', 'O-LT-1', 'primary', 'A public transport scheme, now complete.'),
];

export const DEMO_INDICATOR_LINKS = [
  {
    fromFrameworkCode: COUNCIL_FRAMEWORK,
    fromIndicatorCode: 'PWU-01',
    toFrameworkCode: GMCA_FRAMEWORK,
    toIndicatorCode: 'IS-ES-02',
    relation: 'contributes_to' as const,
    rationale: 'Residents moving into work through employment support lower the inactivity rate over time.',
    evidence: '',
  },
];

/** The funding balance the demonstration council aims for between its two missions (share of confirmed funding). */
export const DEMO_BALANCE_TARGETS = [
  { dimension: 'mission' as const, code: 'M1', targetShare: 0.5, tolerance: 0.1 },
  { dimension: 'mission' as const, code: 'M2', targetShare: 0.5, tolerance: 0.1 },
];
