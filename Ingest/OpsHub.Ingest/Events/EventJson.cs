using System.Buffers;
using System.Text;
using System.Text.Json;
using OpsHub.Ingest.Events.Counters;
using OpsHub.Ingest.Events.Parsing;
using OpsHub.Ingest.Events.Ratings;

namespace OpsHub.Ingest.Events;

/// <summary>
/// Writes a record as OpsHub event JSON (docs/events.md): the inverse of <see cref="EventParser"/>. Every event the
/// door journals goes through here, so it writes field by field into a buffer kept per thread: no reflection, no
/// intermediate objects, one string out. Fields that are null are left out; text is escaped as JSON's default encoder
/// escapes it.
/// </summary>
public static class EventJson
{
    [ThreadStatic]
    private static Buffer? _buffer;

    public static string Write(IngestRecord record)
    {
        var buffer = _buffer ??= new Buffer();
        buffer.Output.ResetWrittenCount();
        buffer.Writer.Reset(buffer.Output);
        var w = buffer.Writer;
        w.WriteStartObject();
        switch (record)
        {
            case DossierReceived r:
                Head(w, EventTypes.DossierReceived, "dossierCode", r.DossierCode, r.OccurredAt);
                w.WriteString("procedureCode", r.ProcedureCode);
                w.WriteString("unitCode", r.UnitCode);
                w.WriteNumber("channel", r.Channel);
                if (r.ProcessingWorkingDays is { } days)
                {
                    w.WriteNumber("processingWorkingDays", days);
                }

                Optional(w, "counterCode", r.CounterCode);
                break;
            case DossierStatusChanged c:
                Head(w, EventTypes.DossierStatusChanged, "dossierCode", c.DossierCode, c.OccurredAt);
                w.WriteNumber("status", c.Status);
                break;
            case DossierApologyIssued a:
                Head(w, EventTypes.DossierApologyIssued, "dossierCode", a.DossierCode, a.OccurredAt);
                Instant(w, "promisedAt", a.PromisedAt);
                break;
            case DossierStepChanged s:
                Head(w, s.Finished ? EventTypes.DossierStepFinished : EventTypes.DossierStepStarted, "dossierCode", s.DossierCode, s.OccurredAt);
                w.WriteString("stepCode", s.StepCode);
                Optional(w, "officer", s.Officer);
                break;
            case DossierRated r:
                Head(w, RecordTypes.DossierRated, "dossierCode", r.DossierCode, r.OccurredAt);
                w.WriteString("rating", RatingName(r.Rating));
                break;
            case CounterOpened o:
                Head(w, RecordTypes.CounterOpened, "unitCode", o.UnitCode, o.OccurredAt);
                w.WriteString("counterCode", o.CounterCode);
                Optional(w, "staff", o.Staff);
                break;
            case CounterClosed c:
                Head(w, RecordTypes.CounterClosed, "unitCode", c.UnitCode, c.OccurredAt);
                w.WriteString("counterCode", c.CounterCode);
                Optional(w, "staff", c.Staff);
                break;
            case TicketIssued t:
                Head(w, RecordTypes.TicketIssued, "unitCode", t.UnitCode, t.OccurredAt);
                w.WriteString("ticketNumber", t.TicketNumber);
                Optional(w, "counterCode", t.CounterCode);
                Optional(w, "fieldCode", t.FieldCode);
                Optional(w, "priorityCategory", t.PriorityCategory);
                break;
            case TicketProgressed p:
                Head(w, StageType(p.Stage), "unitCode", p.UnitCode, p.OccurredAt);
                w.WriteString("ticketNumber", p.TicketNumber);
                w.WriteString("counterCode", p.CounterCode);
                break;
            case TicketTransferred t:
                Head(w, RecordTypes.TicketTransferred, "unitCode", t.UnitCode, t.OccurredAt);
                w.WriteString("ticketNumber", t.TicketNumber);
                w.WriteString("counterCode", t.CounterCode);
                w.WriteString("toCounterCode", t.ToCounterCode);
                break;
            default:
                throw new ArgumentException($"Cannot write {record.GetType().Name} as OpsHub event JSON.", nameof(record));
        }

        w.WriteEndObject();
        w.Flush();
        var json = Encoding.UTF8.GetString(buffer.Output.WrittenSpan);
        if (buffer.Output.Capacity > Buffer.KeptBytes)
        {
            // An unusually long event does not keep its buffer alive on this thread.
            _buffer = null;
        }

        return json;
    }

    // The type, the code of what the event is about, and when it happened: the first three fields of every event.
    private static void Head(Utf8JsonWriter w, string type, string codeName, string code, DateTimeOffset occurredAt)
    {
        w.WriteString("type", type);
        w.WriteString(codeName, code);
        Instant(w, "occurredAt", occurredAt);
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    // An instant as "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz": seconds' fraction without its trailing zeros (and without the
    // point when it is whole), then the offset as +hh:mm.
    private static void Instant(Utf8JsonWriter w, string name, DateTimeOffset at)
    {
        Span<byte> text = stackalloc byte[33];
        var local = at.DateTime;
        var n = 0;
        Digits(text, ref n, local.Year, 4);
        text[n++] = (byte)'-';
        Digits(text, ref n, local.Month, 2);
        text[n++] = (byte)'-';
        Digits(text, ref n, local.Day, 2);
        text[n++] = (byte)'T';
        Digits(text, ref n, local.Hour, 2);
        text[n++] = (byte)':';
        Digits(text, ref n, local.Minute, 2);
        text[n++] = (byte)':';
        Digits(text, ref n, local.Second, 2);
        var fraction = (int)(local.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            text[n++] = (byte)'.';
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            Digits(text, ref n, fraction, digits);
        }

        var offset = (int)(at.Offset.Ticks / TimeSpan.TicksPerMinute);
        text[n++] = offset < 0 ? (byte)'-' : (byte)'+';
        offset = Math.Abs(offset);
        Digits(text, ref n, offset / 60, 2);
        text[n++] = (byte)':';
        Digits(text, ref n, offset % 60, 2);
        w.WriteString(name, text[..n]);
    }

    private static void Digits(Span<byte> text, ref int n, int value, int width)
    {
        for (var i = n + width - 1; i >= n; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        n += width;
    }

    private static string RatingName(SatisfactionRating rating) => rating switch
    {
        SatisfactionRating.VerySatisfied => "very-satisfied",
        SatisfactionRating.Satisfied => "satisfied",
        _ => "not-satisfied",
    };

    private static string StageType(TicketStage stage) => stage switch
    {
        TicketStage.Called => RecordTypes.TicketCalled,
        TicketStage.Serving => RecordTypes.TicketServing,
        TicketStage.Completed => RecordTypes.TicketCompleted,
        _ => RecordTypes.TicketNoShow,
    };

    private sealed class Buffer
    {
        public const int KeptBytes = 64 * 1024;

        public ArrayBufferWriter<byte> Output { get; } = new(1024);

        public Utf8JsonWriter Writer { get; }

        public Buffer() => Writer = new Utf8JsonWriter(Output);
    }
}
