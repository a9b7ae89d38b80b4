namespace OpsHub.Cli.Sending;

/// <summary>The answer to one event.</summary>
/// <param name="Outcome">What became of it.</param>
/// <param name="StatusCode">The last HTTP status, or <c>null</c> when no answer came.</param>
/// <param name="Reason">For rejections and failures: why, with the problem's <c>errors</c> when given.</param>
/// <param name="Attempts">Requests made, retries included.</param>
internal sealed record SendResult(SendOutcome Outcome, int? StatusCode, string? Reason, int Attempts);
