using OpsHub.Sla.Clock;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;
using OpsHub.Sla.Tests.Clock;

namespace OpsHub.Sla.Tests.Procedures;

/// <summary>The catalogue shipped in Data/procedures.json.</summary>
public sealed class ShippedCatalogueTests
{
    private static readonly ProcedureCatalogue Catalogue = ShippedProcedures.Catalogue;

    [Fact]
    public void ShippedCatalogueHasAtLeastThirtyCompleteProceduresWhenLoaded()
    {
        Catalogue.Procedures.Length.ShouldBeGreaterThanOrEqualTo(30);
        Catalogue.Source.ShouldNotBeNullOrWhiteSpace();
        foreach (var p in Catalogue.Procedures)
        {
            p.Code.ShouldNotBeNullOrWhiteSpace();
            p.NameVi.ShouldNotBeNullOrWhiteSpace(p.Code);
            p.LegalBasis.ShouldNotBeNullOrWhiteSpace(p.Code);
            p.ProcessingTime.Amount.ShouldBeGreaterThan(0, p.Code);
            Catalogue.FieldOf(p).NameVi.ShouldNotBeNullOrWhiteSpace(p.Code);
            p.Steps.ShouldNotBeEmpty(p.Code);
            p.Steps.ShouldAllBe(s => s.Code.Length > 0 && s.Name.Length > 0 && s.Department.Length > 0 && s.Budget.Amount > 0);
        }
    }

    [Theory]
    [InlineData("HT-KHAISINH")]
    [InlineData("HT-KETHON")]
    [InlineData("HT-KHAITU")]
    [InlineData("CT-BANSAO")]
    [InlineData("DD-CAPGCN")]
    [InlineData("DD-CHUYENNHUONG")]
    [InlineData("KD-HOKINHDOANH")]
    [InlineData("TP-LYLICH")]
    [InlineData("XD-GIAYPHEP")]
    public void ShippedCatalogueHoldsProcedureWhenSimulatorUsesItsCode(string code) =>
        Catalogue.Find(code).ShouldNotBeNull();

    [Theory]
    [InlineData("HT", 10)]
    [InlineData("CT", 5)]
    [InlineData("DD", 5)]
    [InlineData("KD", 4)]
    [InlineData("TP", 2)]
    [InlineData("XD", 3)]
    [InlineData("LDTBXH", 2)]
    [InlineData("CU", 2)]
    public void ShippedCatalogueCoversFieldWhenCommunesHandleIt(string field, int atLeast) =>
        Catalogue.InField(field).Count().ShouldBeGreaterThanOrEqualTo(atLeast);

    [Theory]
    [InlineData("HT-KHAISINH", "1 working day", "15:00", PauseMode.Resume)]
    [InlineData("CT-BANSAO", "1 working day", "15:00", PauseMode.Resume)]
    [InlineData("CT-HOPDONG", "2 working days", null, PauseMode.Resume)]
    [InlineData("HT-KETHON", "5 working days", null, PauseMode.Resume)]
    [InlineData("KD-HOKINHDOANH", "3 working days", null, PauseMode.Restart)]
    [InlineData("DD-CAPGCN", "20 working days", null, PauseMode.Resume)]
    [InlineData("DD-HOAGIAI", "30 calendar days", null, PauseMode.Resume)]
    [InlineData("TP-LYLICH", "10 calendar days", null, PauseMode.Resume)]
    [InlineData("CU-THUONGTRU", "7 working days", null, PauseMode.Resume)]
    public void ShippedProcedureCarriesLegalTimeWhenLookedUp(string code, string time, string? cutoff, PauseMode mode)
    {
        var procedure = Catalogue.Get(code);

        ProcessingTimeText.Format(procedure.ProcessingTime).ShouldBe(time);
        procedure.SameDayCutoff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(cutoff);
        procedure.PauseMode.ShouldBe(mode);
    }

    [Fact]
    public void EveryShippedProcedureStartsAClockWhenReceivedThroughAnyChannel()
    {
        foreach (var procedure in Catalogue.Procedures)
        {
            foreach (var channel in Enum.GetValues<SubmissionChannel>())
            {
                var clock = DossierClock.Start(SlaTerms.For(procedure, channel), Scenario.At("2026-11-20T16:45"), Scenario.Calendar);

                clock.DueAt.ShouldBeGreaterThan(clock.ClockStartedAt, procedure.Code);
                clock.NextWakeUp.ShouldNotBeNull(procedure.Code);
            }
        }
    }

    [Fact]
    public void OnlineDossierGetsOnlineTimeWhenProcedureOffersOne()
    {
        var procedure = Catalogue.Get("KD-HOKINHDOANH");

        procedure.ProcessingTimeFor(SubmissionChannel.Online).ShouldBe(ProcessingTime.WorkingDays(2));
        procedure.ProcessingTimeFor(SubmissionChannel.InPerson).ShouldBe(ProcessingTime.WorkingDays(3));
    }

    [Fact]
    public void GetThrowsWhenCodeIsUnknown() =>
        Should.Throw<KeyNotFoundException>(() => Catalogue.Get("XX-KHONGCO")).Message.ShouldContain("XX-KHONGCO");
}
