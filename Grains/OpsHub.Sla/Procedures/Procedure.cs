using System.Collections.Immutable;
using OpsHub.Sla.Deadlines;

namespace OpsHub.Sla.Procedures;

/// <summary>An administrative procedure (thủ tục hành chính) and the SLA rules it carries.</summary>
public sealed record Procedure
{
    /// <summary>A stable code, e.g. "HT-KHAISINH".</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name, e.g. "Đăng ký khai sinh".</summary>
    public required string NameVi { get; init; }

    /// <summary>The code of its field (lĩnh vực).</summary>
    public required string FieldCode { get; init; }

    /// <summary>The level of government that decides it.</summary>
    public required AuthorityLevel Level { get; init; }

    /// <summary>The legal texts its processing time comes from.</summary>
    public required string LegalBasis { get; init; }

    /// <summary>The legal processing time.</summary>
    public required ProcessingTime ProcessingTime { get; init; }

    /// <summary>A shorter processing time for dossiers lodged online, when the unit promises one.</summary>
    public ProcessingTime? OnlineProcessingTime { get; init; }

    /// <summary>
    /// The same-day cut-off: received before it, the first working day of <see cref="ProcessingTime"/> is the day
    /// of receipt; at or after it, counting begins the next working day. See
    /// <see cref="DeadlineCalculator.DueAt(DateTimeOffset, ProcessingTime, TimeOnly?)"/>.
    /// </summary>
    public TimeOnly? SameDayCutoff { get; init; }

    /// <summary>What a pause does to the clock when it ends.</summary>
    public required PauseMode PauseMode { get; init; }

    /// <summary>The internal steps, in order.</summary>
    public ImmutableArray<ProcedureStep> Steps { get; init; } = [];

    /// <summary>The processing time that applies to a dossier lodged through <paramref name="channel"/>.</summary>
    public ProcessingTime ProcessingTimeFor(SubmissionChannel channel) =>
        channel == SubmissionChannel.Online && OnlineProcessingTime is { } online ? online : ProcessingTime;

    /// <summary>The step with <paramref name="code"/>, or <c>null</c>.</summary>
    public ProcedureStep? FindStep(string code) => Steps.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));
}
