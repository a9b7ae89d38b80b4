using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>
/// A unit's 766 service-quality score this year over the columns OpsHub can measure: <see cref="Score"/> =
/// 100 × <see cref="Points"/> ÷ <see cref="MeasuredWeight"/>. A column OpsHub cannot observe is listed as not
/// measured and left out, never invented.
/// </summary>
/// <param name="Score">Out of 100; <c>null</c> when no column is measured.</param>
/// <param name="Band">The band's key (Weak, Average, Fair, Good, Excellent); <c>null</c> with the score.</param>
/// <param name="BandVi">The band's Vietnamese name (Yếu … Xuất sắc).</param>
/// <param name="BandEn">Its English name.</param>
/// <param name="Points">Points earned in the measured columns.</param>
/// <param name="MeasuredWeight">Points the measured columns could earn.</param>
/// <param name="Columns">The six columns in the published order.</param>
[GenerateSerializer, Immutable, Alias("opshub.score766")]
public sealed record Score766View(
    [property: Id(0)] double? Score,
    [property: Id(1)] string? Band,
    [property: Id(2)] string? BandVi,
    [property: Id(3)] string? BandEn,
    [property: Id(4)] double Points,
    [property: Id(5)] double MeasuredWeight,
    [property: Id(6)] ImmutableArray<Score766ColumnView> Columns);
