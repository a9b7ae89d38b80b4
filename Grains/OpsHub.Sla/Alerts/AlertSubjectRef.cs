namespace OpsHub.Sla.Alerts;

/// <summary>What an alert concerns, for routing: its unit and, when known, field, counter and department.</summary>
public sealed record AlertSubjectRef(string UnitCode, string? Field, string? Counter, string? Department);
