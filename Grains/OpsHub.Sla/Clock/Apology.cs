namespace OpsHub.Sla.Clock;

/// <summary>An apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả) and the new date it promised.</summary>
/// <param name="Cycle">The SLA cycle it belongs to.</param>
/// <param name="Number">Its number within the cycle (1 for the first); the alert target it opened.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="PromisedAt">The new promised return instant, as issued.</param>
public sealed record Apology(int Cycle, int Number, DateTimeOffset IssuedAt, DateTimeOffset PromisedAt);
