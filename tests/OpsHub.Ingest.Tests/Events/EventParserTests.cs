using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Tests.Events;

public sealed class EventParserTests
{
    [Fact]
    public void AcceptsTodaysReceiptWhenPlainJsonIsSent()
    {
        var parsed = EventParser.Parse(
            Json.Parse("""{"type":"dossier.received","dossierCode":"D-1","occurredAt":"2026-11-20T15:00:00+07:00","procedureCode":"P","unitCode":"U","channel":2}"""),
            out var errors);

        errors.ShouldBeEmpty();
        parsed.ShouldBe(new DossierReceived("D-1", new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.FromHours(7)), "P", "U", null, 2));
    }

    [Fact]
    public void AcceptsCounterTypesWhenSentAsPlainJson()
    {
        var parsed = EventParser.Parse(
            Json.Parse("""{"type":"counter.opened","unitCode":"U","counterCode":"Q1","occurredAt":"2026-11-20T15:00:00+07:00"}"""),
            out var errors);

        errors.ShouldBeEmpty();
        parsed.ShouldBe(new OpsHub.Ingest.Events.Counters.CounterOpened("U", new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.FromHours(7)), "Q1", null));
        parsed!.Subject.ShouldBe("queue:U");
    }

    [Fact]
    public void RefusesUnknownTypesNamingEveryKnownOne()
    {
        var parsed = EventParser.Parse(
            Json.Parse("""{"type":"counter.exploded","unitCode":"U","occurredAt":"2026-11-20T15:00:00+07:00"}"""),
            out var errors);

        parsed.ShouldBeNull();
        errors.Keys.ShouldBe(["type", "dossierCode"], ignoreOrder: true);
        errors["type"].ShouldHaveSingleItem().ShouldContain("ticket.transferred");
    }

    [Fact]
    public void NamesEveryFaultyFieldWhenSeveralAreWrong()
    {
        var parsed = EventParser.Parse(Json.Parse("""{"type":"dossier.received","occurredAt":"2026-11-20T15:00:00","unitCode":"U"}"""), out var errors);

        parsed.ShouldBeNull();
        errors.Keys.ShouldBe(["dossierCode", "occurredAt", "procedureCode"], ignoreOrder: true);
    }
}
