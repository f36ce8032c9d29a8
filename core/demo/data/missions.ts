import type { Mission, MissionCode } from './types';

/**
 * Wigan Council's two "Progress with Unity" missions (Cabinet, July 2024). Titles and descriptions
 * are our own summaries. The priorities under each mission are demonstration examples, not
 * published council priorities.
 */
export const MISSIONS: readonly Mission[] = [
  {
    code: 'M1',
    title: 'Fair opportunities for everyone',
    description:
      'Give every child, family, resident and business a fair chance by tackling the gaps in income, health, education and environment that hold people back.',
    sourceKey: 'wigan-progress-with-unity',
    priorities: [
      {
        code: 'M1.1',
        title: 'Routes into good work',
        description: 'Help people who are out of work, including those far from the labour market, to move into or closer to employment.',
        illustrative: true,
      },
      {
        code: 'M1.2',
        title: 'Best start for children',
        description: 'Keep children safe and close to home, and support families early so that children do well at school.',
        illustrative: true,
      },
      {
        code: 'M1.3',
        title: 'Easing the cost of living',
        description: 'Make sure households at risk of poverty receive the income and support they are entitled to.',
        illustrative: true,
      },
      {
        code: 'M1.4',
        title: 'Healthier, longer lives',
        description: 'Prevent avoidable ill health and injury, such as falls, through joined-up neighbourhood care.',
        illustrative: true,
      },
    ],
  },
  {
    code: 'M2',
    title: 'Flourishing towns and neighbourhoods',
    description:
      'Make each of the borough’s towns and neighbourhoods a good place to live and work, with lively centres, decent homes and strong local networks.',
    sourceKey: 'wigan-progress-with-unity',
    priorities: [
      {
        code: 'M2.1',
        title: 'Thriving town centres',
        description: 'Regenerate town centres and heritage assets so that they attract visitors, investment and jobs.',
        illustrative: true,
      },
      {
        code: 'M2.2',
        title: 'Homes and places to grow',
        description: 'Bring forward new homes and employment land in the right places, with the transport to reach them.',
        illustrative: true,
      },
      {
        code: 'M2.3',
        title: 'Strong community networks',
        description: 'Back voluntary, community and faith groups to lead activity in their own neighbourhoods.',
        illustrative: true,
      },
    ],
  },
];

export const MISSION_CODES: readonly MissionCode[] = MISSIONS.map((mission) => mission.code);
