using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using OpsHub.Sla.Deadlines;

namespace OpsHub.Sla.Procedures;

/// <summary>Checks one procedure entry of the catalogue file and turns it into a <see cref="Procedure"/>.</summary>
internal static partial class ProcedureEntryParser
{
    // One working day is 8 working hours (DOMAIN); used only to compare step budgets with the processing time.
    private const decimal HoursPerWorkingDay = 8;

    public static Procedure Read(ProcedureDocument entry, string index, IReadOnlySet<string> fieldCodes, ProcedureFaults faults)
    {
        var code = entry.Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            throw faults.Entry(index, "has no \"code\".");
        }

        var where = $"{index} ({code})";
        if (!CodePattern().IsMatch(code))
        {
            throw faults.Entry(where, "has a code that is not upper-case letters and digits in hyphen-separated parts, e.g. \"HT-KHAISINH\".");
        }

        var field = Required(entry.Field, "field", where, faults);
        if (!fieldCodes.Contains(field))
        {
            throw faults.Entry(where, $"is in the unknown field \"{field}\"; list it under \"fields\".");
        }

        var time = Time(entry.ProcessingTime, "processingTime", where, faults)
            ?? throw faults.Entry(where, "has no \"processingTime\".");
        var online = Time(entry.OnlineProcessingTime, "onlineProcessingTime", where, faults);
        if (online is { } o && HoursOf(o) is { } onlineHours && HoursOf(time) is { } hours && onlineHours > hours)
        {
            throw faults.Entry(where, $"has an online processing time ({ProcessingTimeText.Format(o)}) longer than the processing time ({ProcessingTimeText.Format(time)}).");
        }

        var cutoff = Cutoff(entry.SameDayCutoff, where, faults);
        if (cutoff is not null && (!IsWholeWorkingDays(time) || (online is { } ot && !IsWholeWorkingDays(ot))))
        {
            throw faults.Entry(where, "has a same-day cut-off, which needs processing times in whole working days.");
        }

        var steps = Steps(entry.Steps, where, faults);
        var budget = steps.Select(s => HoursOf(s.Budget)).ToList();
        if (HoursOf(time) is { } allowed && budget.All(b => b is not null) && budget.Sum() > allowed)
        {
            throw faults.Entry(where, $"has steps that need {budget.Sum()} working hours but a processing time of {ProcessingTimeText.Format(time)}.");
        }

        return new Procedure
        {
            Code = code,
            NameVi = Required(entry.NameVi, "nameVi", where, faults),
            FieldCode = field,
            Level = Parse<AuthorityLevel>(entry.Level, "level", where, faults),
            LegalBasis = Required(entry.LegalBasis, "legalBasis", where, faults),
            ProcessingTime = time,
            OnlineProcessingTime = online,
            SameDayCutoff = cutoff,
            PauseMode = Parse<PauseMode>(entry.PauseMode, "pauseMode", where, faults),
            Steps = steps,
        };
    }

    private static ImmutableArray<ProcedureStep> Steps(ProcedureStepDocument[]? entries, string where, ProcedureFaults faults)
    {
        if (entries is not { Length: > 0 })
        {
            throw faults.Entry(where, "lists no internal \"steps\".");
        }

        var steps = ImmutableArray.CreateBuilder<ProcedureStep>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var step = entries[i];
            var at = $"{where} steps[{i}]";
            var code = Required(step.Code, "code", at, faults);
            if (steps.Any(s => s.Code == code))
            {
                throw faults.Entry(at, $"repeats the step code \"{code}\".");
            }

            var budget = Time(step.Budget, "budget", at, faults) ?? throw faults.Entry(at, "has no \"budget\".");
            if (budget.Amount == 0)
            {
                throw faults.Entry(at, "has a zero budget.");
            }

            steps.Add(new ProcedureStep(code, Required(step.Name, "name", at, faults), budget, Required(step.Department, "department", at, faults)));
        }

        return steps.MoveToImmutable();
    }

    private static ProcessingTime? Time(string? text, string name, string where, ProcedureFaults faults)
    {
        if (text is null)
        {
            return null;
        }

        if (!ProcessingTimeText.TryParse(text, out var time))
        {
            throw faults.Entry(where, $"has \"{name}\" \"{text}\", which is not a processing time such as \"3 working days\", \"4 working hours\" or \"30 calendar days\".");
        }

        return time.Amount > 0 ? time : throw faults.Entry(where, $"has a zero \"{name}\".");
    }

    private static TimeOnly? Cutoff(string? text, string where, ProcedureFaults faults)
    {
        if (text is null)
        {
            return null;
        }

        return TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var cutoff)
            ? cutoff
            : throw faults.Entry(where, $"has \"sameDayCutoff\" \"{text}\"; expected a time such as \"15:00\".");
    }

    private static string Required(string? text, string name, string where, ProcedureFaults faults) =>
        string.IsNullOrWhiteSpace(text) ? throw faults.Entry(where, $"has no \"{name}\".") : text.Trim();

    private static T Parse<T>(string? text, string name, string where, ProcedureFaults faults)
        where T : struct, Enum
    {
        var value = Required(text, name, where, faults);
        var names = string.Join(", ", Enum.GetNames<T>().Select(n => $"\"{char.ToLowerInvariant(n[0])}{n[1..]}\""));
        return Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value[0])
            ? parsed
            : throw faults.Entry(where, $"has \"{name}\" \"{value}\"; expected one of {names}.");
    }

    private static bool IsWholeWorkingDays(ProcessingTime time) =>
        time.Unit == ProcessingTimeUnit.WorkingDays && time.Amount >= 1 && time.Amount == decimal.Truncate(time.Amount);

    private static decimal? HoursOf(ProcessingTime time) => time.Unit switch
    {
        ProcessingTimeUnit.WorkingDays => time.Amount * HoursPerWorkingDay,
        ProcessingTimeUnit.WorkingHours => time.Amount,
        _ => null,
    };

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
