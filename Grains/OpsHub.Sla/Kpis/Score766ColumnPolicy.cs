using System.Collections.Immutable;

namespace OpsHub.Sla.Kpis;

/// <summary>One validated column: its weight (points out of 100) and the sub-indicators it is built from.</summary>
public sealed record Score766ColumnPolicy(Score766Column Column, double Weight, ImmutableArray<Score766Part> Parts);
