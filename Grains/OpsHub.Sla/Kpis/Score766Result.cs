using System.Collections.Immutable;

namespace OpsHub.Sla.Kpis;

/// <summary>
/// A unit's 766 score. Columns OpsHub cannot measure (publicity always, others when their counts are not observed)
/// are left out and the rest is rescaled to 100: <see cref="Score"/> = 100 × <see cref="Points"/> ÷
/// <see cref="MeasuredWeight"/>. The band is taken from that rescaled score, so a unit is not rated "weak" for what
/// nobody measured, and the screen shows "trên {MeasuredWeight} điểm đo được" next to it.
/// </summary>
/// <param name="Score">The score out of 100 over the measured columns; <c>null</c> when no column was measured.</param>
/// <param name="Band">The band of <see cref="Score"/>; <c>null</c> with it.</param>
/// <param name="Points">The points earned in measured columns.</param>
/// <param name="MeasuredWeight">The points the measured columns could earn (e.g. 82 when only publicity is not measured).</param>
/// <param name="Columns">The six columns, in the published order.</param>
public sealed record Score766Result(
    double? Score,
    Score766Band? Band,
    double Points,
    double MeasuredWeight,
    ImmutableArray<Score766ColumnResult> Columns);
