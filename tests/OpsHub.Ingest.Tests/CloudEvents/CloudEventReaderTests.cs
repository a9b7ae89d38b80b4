using System.Text.Json.Nodes;
using OpsHub.Ingest.CloudEvents;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Events.Counters;
using OpsHub.Ingest.Events.Ratings;

namespace OpsHub.Ingest.Tests.CloudEvents;

public sealed class CloudEventReaderTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 20, 9, 15, 0, TimeSpan.FromHours(7));

    public static TheoryData<string, string, Type> Types => new()
    {
        { "dossier.received", """{"procedureCode":"P","unitCode":"U"}""", typeof(DossierReceived) },
        { "dossier.status-changed", """{"status":5}""", typeof(DossierStatusChanged) },
        { "dossier.processing-started", "{}", typeof(DossierStatusChanged) },
        { "dossier.supplement-requested", "{}", typeof(DossierStatusChanged) },
        { "dossier.supplement-received", "{}", typeof(DossierStatusChanged) },
        { "dossier.payment-requested", "{}", typeof(DossierStatusChanged) },
        { "dossier.payment-received", "{}", typeof(DossierStatusChanged) },
        { "dossier.withdrawn", "{}", typeof(DossierStatusChanged) },
        { "dossier.stopped", "{}", typeof(DossierStatusChanged) },
        { "dossier.completed", "{}", typeof(DossierStatusChanged) },
        { "dossier.returned", "{}", typeof(DossierStatusChanged) },
        { "dossier.apology-issued", """{"promisedAt":"2026-11-27T16:00:00+07:00"}""", typeof(DossierApologyIssued) },
        { "dossier.step-started", """{"stepCode":"S1"}""", typeof(DossierStepChanged) },
        { "dossier.step-finished", """{"stepCode":"S1"}""", typeof(DossierStepChanged) },
        { "dossier.rated", """{"rating":"satisfied"}""", typeof(DossierRated) },
        { "counter.opened", """{"unitCode":"U","counterCode":"Q1"}""", typeof(CounterOpened) },
        { "counter.closed", """{"unitCode":"U","counterCode":"Q1"}""", typeof(CounterClosed) },
        { "ticket.issued", """{"unitCode":"U","ticketNumber":"A-1"}""", typeof(TicketIssued) },
        { "ticket.called", """{"unitCode":"U","ticketNumber":"A-1","counterCode":"Q1"}""", typeof(TicketProgressed) },
        { "ticket.serving", """{"unitCode":"U","ticketNumber":"A-1","counterCode":"Q1"}""", typeof(TicketProgressed) },
        { "ticket.completed", """{"unitCode":"U","ticketNumber":"A-1","counterCode":"Q1"}""", typeof(TicketProgressed) },
        { "ticket.no-show", """{"unitCode":"U","ticketNumber":"A-1","counterCode":"Q1"}""", typeof(TicketProgressed) },
        { "ticket.transferred", """{"unitCode":"U","ticketNumber":"A-1","counterCode":"Q1","toCounterCode":"Q2"}""", typeof(TicketTransferred) },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void NormalisesEachTypeWhenAttributesAndDataAreValid(string type, string data, Type expected)
    {
        var result = CloudEventReader.Read(Event(type, data));

        var accepted = result.ShouldBeOfType<ItemAccepted>();
        var envelope = accepted.Envelopes.ShouldHaveSingleItem();
        envelope.Record.ShouldBeOfType(expected);
        envelope.Record.OccurredAt.ShouldBe(Time);
        (envelope.Source, envelope.Id, envelope.Sequence).ShouldBe(("urn:test", "e-1", (long?)7));
    }

    [Theory]
    [InlineData("ticket.called", TicketStage.Called)]
    [InlineData("ticket.serving", TicketStage.Serving)]
    [InlineData("ticket.completed", TicketStage.Completed)]
    [InlineData("ticket.no-show", TicketStage.NoShow)]
    public void MapsTicketStageWhenTypeNamesIt(string type, TicketStage stage)
    {
        var result = CloudEventReader.Read(Event(type, """{"unitCode":"U","ticketNumber":"A-1","counterCode":"Q1"}"""));

        Record<TicketProgressed>(result).Stage.ShouldBe(stage);
    }

    [Theory]
    [InlineData("very-satisfied", SatisfactionRating.VerySatisfied)]
    [InlineData("satisfied", SatisfactionRating.Satisfied)]
    [InlineData("not-satisfied", SatisfactionRating.NotSatisfied)]
    public void ReadsRatingWhenItIsOneOfTheThreeLevels(string rating, SatisfactionRating expected) =>
        Record<DossierRated>(CloudEventReader.Read(Event("dossier.rated", $$"""{"rating":"{{rating}}"}"""))).Rating.ShouldBe(expected);

    [Theory]
    [InlineData("specversion")]
    [InlineData("id")]
    [InlineData("source")]
    [InlineData("type")]
    [InlineData("data")]
    public void NamesTheAttributeWhenARequiredOneIsMissing(string attribute)
    {
        var node = JsonNode.Parse(Event("dossier.completed", "{}").GetRawText())!.AsObject();
        node.Remove(attribute);

        var rejected = CloudEventReader.Read(Json.Parse(node.ToJsonString())).ShouldBeOfType<ItemRejected>();

        rejected.Errors.Keys.ShouldBe([attribute]);
        rejected.Errors[attribute].ShouldBe(["Required."]);
    }

    [Theory]
    [InlineData("\"0.3\"", "'0.3' is not supported; expected '1.0'.")]
    [InlineData("\"1\"", "'1' is not supported; expected '1.0'.")]
    [InlineData("1.0", "Must be a string, not a number.")]
    [InlineData("\"\"", "Must not be empty.")]
    public void RefusesSpecVersionWhenItIsNotTheStringOnePointZero(string specVersion, string message)
    {
        var node = JsonNode.Parse(Event("dossier.completed", "{}").GetRawText())!.AsObject();
        node["specversion"] = JsonNode.Parse(specVersion);

        var rejected = CloudEventReader.Read(Json.Parse(node.ToJsonString())).ShouldBeOfType<ItemRejected>();

        rejected.Errors["specversion"].ShouldBe([message]);
    }

    [Theory]
    [InlineData("dossier.received", """{"unitCode":"U"}""", "data.procedureCode")]
    [InlineData("dossier.status-changed", """{"status":11}""", "data.status")]
    [InlineData("dossier.apology-issued", """{"promisedAt":"2026-11-27"}""", "data.promisedAt")]
    [InlineData("dossier.rated", """{"rating":"ok"}""", "data.rating")]
    [InlineData("counter.opened", """{"counterCode":"Q1"}""", "data.unitCode")]
    [InlineData("ticket.transferred", """{"unitCode":"U","ticketNumber":"A-1","counterCode":"Q1"}""", "data.toCounterCode")]
    [InlineData("ticket.called", """{"unitCode":"U","ticketNumber":"A 1","counterCode":"Q1"}""", "data.ticketNumber")]
    public void NamesTheDataFieldWhenItIsMissingOrWrong(string type, string data, string field)
    {
        var rejected = CloudEventReader.Read(Event(type, data)).ShouldBeOfType<ItemRejected>();

        rejected.Errors.Keys.ShouldBe([field]);
        rejected.Reason.ShouldStartWith(field + ":");
    }

    [Theory]
    [InlineData("dossier.received")]
    [InlineData("vn.opshub.dossier.unknown")]
    [InlineData("com.example.dossier.received")]
    public void RefusesTypeWhenItIsNotInTheNamespacedVocabulary(string type)
    {
        var node = JsonNode.Parse(Event("dossier.completed", "{}").GetRawText())!.AsObject();
        node["type"] = type;

        var rejected = CloudEventReader.Read(Json.Parse(node.ToJsonString())).ShouldBeOfType<ItemRejected>();

        rejected.Errors["type"].ShouldHaveSingleItem().ShouldStartWith($"Unknown event type '{type}'");
    }

    [Fact]
    public void TakesDossierCodeFromSubjectWhenDataLeavesItOut() =>
        Record<DossierStatusChanged>(CloudEventReader.Read(Event("dossier.completed", "{}"))).DossierCode.ShouldBe("D-1");

    [Fact]
    public void PrefersDataFieldsWhenBothDataAndAttributesCarryThem()
    {
        var record = Record<DossierStatusChanged>(CloudEventReader.Read(
            Event("dossier.completed", """{"dossierCode":"D-2","occurredAt":"2026-11-21T10:00:00+07:00"}""")));

        (record.DossierCode, record.OccurredAt).ShouldBe(("D-2", new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(7))));
    }

    [Fact]
    public void RequiresAnInstantWhenNeitherTimeNorOccurredAtIsSent()
    {
        var node = JsonNode.Parse(Event("dossier.completed", "{}").GetRawText())!.AsObject();
        node.Remove("time");

        CloudEventReader.Read(Json.Parse(node.ToJsonString())).ShouldBeOfType<ItemRejected>().Errors.Keys.ShouldBe(["data.occurredAt"]);
    }

    [Theory]
    [InlineData("time", "\"2026-11-20T09:15:00\"")]
    [InlineData("sequence", "-1")]
    [InlineData("sequence", "\"abc\"")]
    [InlineData("datacontenttype", "\"application/xml\"")]
    [InlineData("data", "\"text\"")]
    [InlineData("data_base64", "\"AAAA\"")]
    public void NamesTheAttributeWhenAnOptionalOneIsMalformed(string attribute, string value)
    {
        var node = JsonNode.Parse(Event("dossier.completed", "{}").GetRawText())!.AsObject();
        node[attribute] = JsonNode.Parse(value);

        CloudEventReader.Read(Json.Parse(node.ToJsonString())).ShouldBeOfType<ItemRejected>().Errors.Keys.ShouldContain(attribute);
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("\"42\"", 42L)]
    public void ReadsSequenceWhenSentAsNumberOrDigits(string value, long expected)
    {
        var node = JsonNode.Parse(Event("dossier.completed", "{}").GetRawText())!.AsObject();
        node["sequence"] = JsonNode.Parse(value);

        CloudEventReader.Read(Json.Parse(node.ToJsonString())).ShouldBeOfType<ItemAccepted>().Envelopes[0].Sequence.ShouldBe(expected);
    }

    [Fact]
    public void AnswersEachItemInOrderWhenABatchMixesGoodAndBad()
    {
        var batch = Json.Parse($"[{Event("dossier.completed", "{}").GetRawText()}, 42, {Event("dossier.rated", "{}").GetRawText()}, {Event("dossier.returned", "{}").GetRawText()}]");

        var results = CloudEventReader.ReadBatch(batch);

        results.Select(r => r.Position).ShouldBe([0, 1, 2, 3]);
        results.Select(r => r is ItemAccepted).ShouldBe([true, false, false, true]);
        ((ItemRejected)results[2]).Errors.Keys.ShouldBe(["data.rating"]);
    }

    [Fact]
    public void RejectsTheWholeBodyWhenABatchIsNotAnArray() =>
        CloudEventReader.ReadBatch(Event("dossier.completed", "{}")).ShouldHaveSingleItem().ShouldBeOfType<ItemRejected>();

    private static T Record<T>(ItemResult result) => result.ShouldBeOfType<ItemAccepted>().Envelopes.ShouldHaveSingleItem().Record.ShouldBeOfType<T>();

    private static System.Text.Json.JsonElement Event(string type, string data) => Json.Parse($$"""
        {"specversion":"1.0","id":"e-1","source":"urn:test","type":"vn.opshub.{{type}}","time":"2026-11-20T09:15:00+07:00",
         "subject":"D-1","sequence":7,"datacontenttype":"application/json","data":{{data}}}
        """);
}
