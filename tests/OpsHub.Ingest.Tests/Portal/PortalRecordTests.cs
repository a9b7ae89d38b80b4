using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Portal;

namespace OpsHub.Ingest.Tests.Portal;

public sealed class PortalRecordTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 9, 15, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Decided = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Returned = new(2026, 11, 24, 14, 30, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 2 })]
    [InlineData(3, new[] { 3 })]
    [InlineData(4, new[] { 2, 4 })]
    [InlineData(5, new[] { 2, 5 })]
    [InlineData(6, new[] { 2, 6 })]
    [InlineData(7, new[] { 2, 7 })]
    [InlineData(8, new[] { 2, 8 })]
    [InlineData(9, new[] { 2, 9 })]
    [InlineData(10, new[] { 2, 9, 10 })]
    public void ImpliesReceiptAndLaterStatesWhenStatusIsGiven(int status, int[] statuses)
    {
        var envelopes = Accepted(Fields(status));

        envelopes.Select(e => e.Sequence!.Value).ShouldBe(statuses.Select(s => (long)s));
        envelopes.Select(e => StatusOf(e.Record)).ShouldBe(statuses);
        envelopes.ShouldAllBe(e => e.Source == "dvcqg" && e.Record is IngestEvent && ((IngestEvent)e.Record).DossierCode == "H12-0007");
    }

    [Fact]
    public void ReceivesWithChannelAndCatalogueTimeWhenStatusIsTwo()
    {
        var envelope = Accepted(Fields(2)).ShouldHaveSingleItem();

        envelope.Record.ShouldBe(new DossierReceived("H12-0007", Received, "1.001193", "H12", null, 2));
        envelope.Id.ShouldBe("portal:H12-0007:2:20261120091500");
    }

    [Fact]
    public void CompletesAtEndOfProcessingAndReturnsAtReturnDateWhenStatusIsTen()
    {
        var envelopes = Accepted(Fields(10));

        envelopes[1].Record.OccurredAt.ShouldBe(Decided);
        envelopes[2].Record.OccurredAt.ShouldBe(Returned);
        envelopes.Select(e => e.Id).ShouldBe(["portal:H12-0007:2:20261120091500", "portal:H12-0007:9:20261124100000", "portal:H12-0007:10:20261124143000"]);
    }

    [Fact]
    public void GivesTheSameIdsWhenTheSameRecordIsReadTwice() =>
        Accepted(Fields(9)).Select(e => e.Id).ShouldBe(Accepted(Fields(9)).Select(e => e.Id));

    [Fact]
    public void GivesTheSameReceiptIdWhenALaterRecordOfTheDossierArrives() =>
        Accepted(Fields(4))[0].Id.ShouldBe(Accepted(Fields(10))[0].Id);

    [Fact]
    public void UsesTheConfiguredSourceWhenOneIsGiven() =>
        PortalRecordReader.ReadFields(Fields(2), 2, "dvc-hanoi").ShouldBeOfType<ItemAccepted>().Envelopes[0].Source.ShouldBe("dvc-hanoi");

    [Fact]
    public void PrefersTheProcessingUnitWhenBothUnitFieldsAreSent()
    {
        var fields = Fields(2);
        fields["DonViXuLy"] = "H12-XA";

        ((DossierReceived)Accepted(fields)[0].Record).UnitCode.ShouldBe("H12-XA");
    }

    [Fact]
    public void AcceptsDonViXuLyAloneWhenMaDonViIsAbsent()
    {
        var fields = Fields(2);
        fields.Remove("MaDonVi");
        fields["DonViXuLy"] = "H12-XA";

        ((DossierReceived)Accepted(fields)[0].Record).UnitCode.ShouldBe("H12-XA");
    }

    [Theory]
    [InlineData("NgayTiepNhan", "2026-13-01", "NgayTiepNhan '2026-13-01' is not yyyyMMddHHmmss")]
    [InlineData("TrangThaiHoSo", "11", "TrangThaiHoSo '11' is not a whole number from 1 to 10.")]
    [InlineData("KenhThucHien", "4", "KenhThucHien '4' is not a whole number from 1 to 3.")]
    [InlineData("DuocThanhToanTrucTuyen", "2", "DuocThanhToanTrucTuyen '2' is not a whole number from 0 to 1.")]
    [InlineData("MaHoSo", "H12 0007", "Must contain only letters")]
    [InlineData("NgayHenTra", "20261131170000", "NgayHenTra '20261131170000' is not yyyyMMddHHmmss")]
    public void NamesTheFieldWhenItsValueIsMalformed(string field, string value, string message)
    {
        var fields = Fields(10);
        fields[field] = value;

        var rejected = PortalRecordReader.ReadFields(fields, 5).ShouldBeOfType<ItemRejected>();

        rejected.Position.ShouldBe(5);
        rejected.Errors.Keys.ShouldBe([field]);
        rejected.Errors[field].ShouldHaveSingleItem().ShouldStartWith(message);
    }

    [Theory]
    [InlineData(2, "NgayTiepNhan")]
    [InlineData(4, "MaTTHC")]
    [InlineData(9, "NgayKetThucXuLy")]
    [InlineData(10, "NgayTra")]
    [InlineData(5, "MaDonVi")]
    [InlineData(2, "MaHoSo")]
    [InlineData(2, "TrangThaiHoSo")]
    public void NamesTheFieldWhenTheStatusNeedsItAndItIsMissing(int status, string field)
    {
        var fields = Fields(status);
        fields[field] = "";

        PortalRecordReader.ReadFields(fields, 2).ShouldBeOfType<ItemRejected>().Errors.Keys.ShouldContain(field);
    }

    [Fact]
    public void ReadsNumbersAndStringsAlikeWhenJsonIsAnArray()
    {
        var results = PortalRecordReader.Read(Json.Parse("""
            [{"MaHoSo":"H1","MaTTHC":"P","MaDonVi":"U","KenhThucHien":1,"NgayTiepNhan":"20261120091500","TrangThaiHoSo":2,"SoGiayToChuHoSo":"0123"},
             {"MaHoSo":"H2","TrangThaiHoSo":"2"}]
            """));

        results.Select(r => r.GetType()).ShouldBe([typeof(ItemAccepted), typeof(ItemRejected)]);
        results[1].Position.ShouldBe(1);
    }

    private static Dictionary<string, string?> Fields(int status) => new()
    {
        ["MaHoSo"] = "H12-0007",
        ["MaTTHC"] = "1.001193",
        ["MaDonVi"] = "H12",
        ["KenhThucHien"] = "2",
        ["NgayNopHoSo"] = "20261120080000",
        ["NgayTiepNhan"] = "20261120091500",
        ["NgayHenTra"] = "20261125170000",
        ["TrangThaiHoSo"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["NgayKetThucXuLy"] = status >= 9 ? "20261124100000" : null,
        ["NgayTra"] = status == 10 ? "20261124143000" : null,
        ["DuocThanhToanTrucTuyen"] = "1",
        ["HinhThuc"] = "0",
    };

    private static IReadOnlyList<IngestEnvelope> Accepted(Dictionary<string, string?> fields) =>
        PortalRecordReader.ReadFields(fields, 2).ShouldBeOfType<ItemAccepted>().Envelopes;

    private static int StatusOf(IngestRecord record) => record switch
    {
        DossierReceived => 2,
        DossierStatusChanged changed => changed.Status,
        _ => throw new InvalidOperationException(record.GetType().Name),
    };
}
