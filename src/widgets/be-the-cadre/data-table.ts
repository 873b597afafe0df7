import type { WidgetData } from '../../lib/widget-data';
import { practices, type Choice, type ChoiceAssessment } from '../../models/risk';

/** The reader's plan beside the model's, practice by practice, with the expected outcomes. */
export function plansTable(
  yours: { choice: Choice; assessment: ChoiceAssessment },
  model: { choice: Choice; assessment: ChoiceAssessment },
): WidgetData {
  const percent = (x: number) => Number((x * 100).toFixed(1));
  return {
    columns: [
      'Practice',
      'Category',
      'Your level',
      'Model’s level',
      'Your expected effectiveness (%)',
      'Model’s expected effectiveness (%)',
    ],
    rows: [
      ...practices.map((practice) => [
        practice.label,
        practice.category,
        yours.choice[practice.id],
        model.choice[practice.id],
        percent(yours.assessment.practiceEffectiveness[practice.id]),
        percent(model.assessment.practiceEffectiveness[practice.id]),
      ]),
      [
        'Chance of punishment (%)',
        '',
        '',
        '',
        percent(yours.assessment.punishmentChance),
        percent(model.assessment.punishmentChance),
      ],
      [
        'Chance of missing the 2020 mandate (%)',
        '',
        '',
        '',
        percent(yours.assessment.mandateFailChance),
        percent(model.assessment.mandateFailChance),
      ],
      [
        'Expected career payoff',
        '',
        '',
        '',
        Number(yours.assessment.expectedPayoff.toFixed(3)),
        Number(model.assessment.expectedPayoff.toFixed(3)),
      ],
    ],
  };
}
