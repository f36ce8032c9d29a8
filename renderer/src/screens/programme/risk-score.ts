export type RiskRating = 'Low' | 'Medium' | 'High';

/** Likelihood × impact on the usual 5 × 5 matrix: 1–6 low, 8–12 medium, 15–25 high. */
export function riskScore(likelihood: number, impact: number): { score: number; rating: RiskRating } {
  const score = likelihood * impact;
  const rating: RiskRating = score >= 15 ? 'High' : score >= 8 ? 'Medium' : 'Low';
  return { score, rating };
}
