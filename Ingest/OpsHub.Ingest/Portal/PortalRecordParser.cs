using System.Globalization;
using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Ingest.Portal;

/// <summary>
/// Validates one portal record given as field name → text (from a CSV row or a JSON object; names are matched
/// ignoring case, unknown names are ignored, empty text counts as absent). Errors are keyed by the portal's field name.
/// </summary>
public static class PortalRecordParser
{
    /// <summary>Parses <paramref name="fields"/>; on failure <paramref name="errors"/> maps each field to its problem.</summary>
    public static PortalRecord? Parse(IReadOnlyDictionary<string, string?> fields, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var e = new FieldErrors(errors);
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in fields)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lookup[name.Trim()] = value.Trim();
            }
        }

        var code = Code(lookup, PortalFields.DossierCode, e, required: true);
        var status = Integer(lookup, PortalFields.Status, 1, 10, e);
        var channel = lookup.ContainsKey(PortalFields.Channel) ? Integer(lookup, PortalFields.Channel, 1, 3, e) : 1;
        var paid = lookup.ContainsKey(PortalFields.PaidOnline) ? Integer(lookup, PortalFields.PaidOnline, 0, 1, e) : null;
        var submitted = Date(lookup, PortalFields.SubmittedAt, e);
        var received = Date(lookup, PortalFields.ReceivedAt, e);
        var due = Date(lookup, PortalFields.DueAt, e);
        var decided = Date(lookup, PortalFields.DecidedAt, e);
        var returned = Date(lookup, PortalFields.ReturnedAt, e);
        var impliesReceipt = status is not (null or 1 or 3);
        var procedure = Code(lookup, PortalFields.ProcedureCode, e, impliesReceipt);
        var unit = UnitOf(lookup, e, impliesReceipt);
        if (impliesReceipt)
        {
            RequireDate(lookup, PortalFields.ReceivedAt, status!.Value, e);
        }

        if (status == 9)
        {
            RequireDate(lookup, PortalFields.DecidedAt, 9, e);
        }

        if (status == 10)
        {
            RequireDate(lookup, PortalFields.ReturnedAt, 10, e);
        }

        if (status is 1 or 3 && submitted is null && received is null && decided is null && errors.Count == 0)
        {
            e.Add(PortalFields.SubmittedAt, $"Required when {PortalFields.Status} is {status} and no other date is given.");
        }

        return errors.Count > 0
            ? null
            : new PortalRecord(code!, procedure, unit, channel!.Value, status!.Value, submitted, received, due, decided, returned, paid is null ? null : paid == 1);
    }

    private static void RequireDate(Dictionary<string, string> lookup, string name, int status, FieldErrors e)
    {
        if (!lookup.ContainsKey(name))
        {
            e.Add(name, $"Required when {PortalFields.Status} is {status}.");
        }
    }

    private static string? UnitOf(Dictionary<string, string> lookup, FieldErrors e, bool required)
    {
        // DonViXuLy is the unit that must decide; since mid-2025 it may differ from the receiving unit, and deadlines are its.
        if (lookup.ContainsKey(PortalFields.ProcessingUnit))
        {
            return Code(lookup, PortalFields.ProcessingUnit, e, required: true);
        }

        if (!lookup.ContainsKey(PortalFields.UnitCode) && required)
        {
            e.Add(PortalFields.UnitCode, $"Required ({PortalFields.UnitCode} or {PortalFields.ProcessingUnit}).");
            return null;
        }

        return Code(lookup, PortalFields.UnitCode, e, required: false);
    }

    private static string? Code(Dictionary<string, string> lookup, string name, FieldErrors e, bool required)
    {
        if (!lookup.TryGetValue(name, out var text))
        {
            if (required)
            {
                e.Add(name, "Required.");
            }

            return null;
        }

        return JsonFields.CheckCode(text, name, e);
    }

    private static int? Integer(Dictionary<string, string> lookup, string name, int min, int max, FieldErrors e)
    {
        if (!lookup.TryGetValue(name, out var text))
        {
            e.Add(name, "Required.");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            e.Add(name, $"{name} '{text}' is not a whole number from {min} to {max}.");
            return null;
        }

        return value;
    }

    private static DateTimeOffset? Date(Dictionary<string, string> lookup, string name, FieldErrors e)
    {
        if (!lookup.TryGetValue(name, out var text))
        {
            return null;
        }

        var value = PortalDate.TryParse(text);
        if (value is null)
        {
            e.Add(name, $"{name} '{text}' is not {PortalDate.Format} (a date and time in Vietnam, years 2000–2099).");
        }

        return value;
    }
}
