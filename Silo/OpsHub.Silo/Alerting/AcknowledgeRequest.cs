namespace OpsHub.Silo.Alerting;

/// <summary>The body of <c>POST /api/v1/alerts/acknowledge</c>.</summary>
public sealed record AcknowledgeRequest(string? AlertId, string? Note);
