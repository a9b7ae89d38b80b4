using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Tests.Procedures;

public sealed class ProcedureCatalogueLoaderTests
{
    private const string Valid = """
        {
          "source": "test",
          "fields": [ { "code": "HT", "nameVi": "Hộ tịch" } ],
          "procedures": [
            {
              "code": "HT-A", "nameVi": "Thủ tục A", "field": "HT", "level": "commune", "legalBasis": "Luật A",
              "processingTime": "1 working day", "sameDayCutoff": "15:00", "pauseMode": "resume",
              "steps": [ { "code": "S1", "name": "Bước một", "budget": "4 working hours", "department": "Bộ phận Một cửa" } ]
            },
            {
              "code": "HT-B", "nameVi": "Thủ tục B", "field": "HT", "level": "district", "legalBasis": "Luật B",
              "processingTime": "3 working days", "onlineProcessingTime": "2 working days", "pauseMode": "restart",
              "steps": [
                { "code": "S1", "name": "Bước một", "budget": "2 working days", "department": "Phòng Kinh tế" },
                { "code": "S2", "name": "Bước hai", "budget": "1 working day", "department": "Lãnh đạo UBND xã" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void ReadsEveryPartWhenFileIsValid()
    {
        var catalogue = ProcedureCatalogueLoader.Parse(Valid, "procedures.json");

        var a = catalogue.Get("HT-A");
        (a.NameVi, a.FieldCode, a.Level, a.LegalBasis, a.PauseMode).ShouldBe(("Thủ tục A", "HT", AuthorityLevel.Commune, "Luật A", PauseMode.Resume));
        a.SameDayCutoff.ShouldBe(new TimeOnly(15, 0));
        a.OnlineProcessingTime.ShouldBeNull();
        var b = catalogue.Get("HT-B");
        (b.ProcessingTime, b.OnlineProcessingTime, b.PauseMode, b.Level).ShouldBe((ProcessingTime.WorkingDays(3), ProcessingTime.WorkingDays(2), PauseMode.Restart, AuthorityLevel.District));
        b.Steps.ShouldBe(
        [
            new ProcedureStep("S1", "Bước một", ProcessingTime.WorkingDays(2), "Phòng Kinh tế"),
            new ProcedureStep("S2", "Bước hai", ProcessingTime.WorkingDays(1), "Lãnh đạo UBND xã"),
        ]);
        catalogue.Fields.ShouldBe([new ProcedureField("HT", "Hộ tịch")]);
    }

    [Theory]
    [InlineData("\"source\": \"test\",", "\"source\": \"test\"", "not valid catalogue JSON")]
    [InlineData("\"legalBasis\": \"Luật A\",", "\"legalBasis\": \"Luật A\", \"fee\": 0,", "not valid catalogue JSON")]
    [InlineData("\"source\": \"test\",", "\"source\": \" \",", "has no \"source\"")]
    [InlineData("[ { \"code\": \"HT\", \"nameVi\": \"Hộ tịch\" } ]", "[]", "lists no fields")]
    [InlineData("{ \"code\": \"HT\", \"nameVi\": \"Hộ tịch\" }", "{ \"code\": \"HT\" }", "fields[0] needs both")]
    [InlineData("{ \"code\": \"HT\", \"nameVi\": \"Hộ tịch\" }", "{ \"code\": \"HT\", \"nameVi\": \"a\" }, { \"code\": \"HT\", \"nameVi\": \"b\" }", "fields[1] repeats the field code \"HT\"")]
    [InlineData("\"code\": \"HT-A\", ", "", "procedures[0] has no \"code\"")]
    [InlineData("\"code\": \"HT-A\"", "\"code\": \"ht a\"", "procedures[0] (ht a) has a code that is not upper-case")]
    [InlineData("\"code\": \"HT-B\"", "\"code\": \"HT-A\"", "procedures[1] (HT-A) repeats the code \"HT-A\"")]
    [InlineData("\"field\": \"HT\", \"level\": \"commune\"", "\"field\": \"ZZ\", \"level\": \"commune\"", "procedures[0] (HT-A) is in the unknown field \"ZZ\"")]
    [InlineData("\"nameVi\": \"Thủ tục A\", ", "", "procedures[0] (HT-A) has no \"nameVi\"")]
    [InlineData("\"level\": \"commune\"", "\"level\": \"ward\"", "has \"level\" \"ward\"; expected one of \"commune\", \"district\", \"province\"")]
    [InlineData("\"legalBasis\": \"Luật A\",", "", "(HT-A) has no \"legalBasis\"")]
    [InlineData("\"processingTime\": \"3 working days\"", "\"processingTime\": \"3 days\"", "(HT-B) has \"processingTime\" \"3 days\", which is not a processing time")]
    [InlineData("\"processingTime\": \"3 working days\",", "", "(HT-B) has no \"processingTime\"")]
    [InlineData("\"processingTime\": \"3 working days\"", "\"processingTime\": \"0 working days\"", "(HT-B) has a zero \"processingTime\"")]
    [InlineData("\"onlineProcessingTime\": \"2 working days\"", "\"onlineProcessingTime\": \"25 working hours\"", "online processing time (25 working hours) longer than the processing time (3 working days)")]
    [InlineData("\"sameDayCutoff\": \"15:00\"", "\"sameDayCutoff\": \"3pm\"", "(HT-A) has \"sameDayCutoff\" \"3pm\"")]
    [InlineData("\"processingTime\": \"1 working day\"", "\"processingTime\": \"1 calendar day\"", "(HT-A) has a same-day cut-off, which needs processing times in whole working days")]
    [InlineData("\"pauseMode\": \"resume\"", "\"pauseMode\": \"pause\"", "has \"pauseMode\" \"pause\"; expected one of \"resume\", \"restart\"")]
    [InlineData("\"pauseMode\": \"resume\"", "\"pauseMode\": \"1\"", "has \"pauseMode\" \"1\"")]
    [InlineData("\"steps\": [ { \"code\": \"S1\", \"name\": \"Bước một\", \"budget\": \"4 working hours\", \"department\": \"Bộ phận Một cửa\" } ]", "\"steps\": []", "(HT-A) lists no internal \"steps\"")]
    [InlineData(", \"department\": \"Bộ phận Một cửa\"", "", "(HT-A) steps[0] has no \"department\"")]
    [InlineData("\"code\": \"S2\"", "\"code\": \"S1\"", "(HT-B) steps[1] repeats the step code \"S1\"")]
    [InlineData("\"budget\": \"4 working hours\"", "\"budget\": \"0 working hours\"", "(HT-A) steps[0] has a zero \"budget\"")]
    [InlineData("\"budget\": \"4 working hours\"", "\"budget\": \"9 working hours\"", "(HT-A) has steps that need 9 working hours but a processing time of 1 working day")]
    public void RefusesWithSpecificReasonWhenAnEntryBreaksARule(string find, string replace, string reason)
    {
        Valid.ShouldContain(find);
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);

        var error = Should.Throw<ProcedureDataException>(() => ProcedureCatalogueLoader.Parse(json, "procedures.json"));

        error.Message.ShouldContain(reason);
        error.Message.ShouldContain("procedures.json");
        error.FileName.ShouldBe("procedures.json");
    }

    [Fact]
    public void ErrorNamesTheEntryWhenAProcedureIsBad()
    {
        var json = Valid.Replace("\"field\": \"HT\", \"level\": \"district\"", "\"field\": \"HT\", \"level\": \"hamlet\"", StringComparison.Ordinal);

        Should.Throw<ProcedureDataException>(() => ProcedureCatalogueLoader.Parse(json, "procedures.json")).Entry.ShouldBe("procedures[1] (HT-B)");
    }

    [Theory]
    [InlineData("null", "is empty")]
    [InlineData("""{ "source": "x", "fields": [ { "code": "HT", "nameVi": "Hộ tịch" } ], "procedures": [] }""", "lists no procedures")]
    public void RefusesWithReasonWhenFileHasNothingToLoad(string json, string reason) =>
        Should.Throw<ProcedureDataException>(() => ProcedureCatalogueLoader.Parse(json, "procedures.json")).Message.ShouldContain(reason);

    [Fact]
    public void AcceptsCommentsAndTrailingCommasWhenPeopleEditTheFile()
    {
        var json = "// edited by hand\n" + Valid.Replace("\"pauseMode\": \"restart\",", "\"pauseMode\": \"restart\", // the law restarts\n", StringComparison.Ordinal);

        ProcedureCatalogueLoader.Parse(json, "procedures.json").Procedures.Length.ShouldBe(2);
    }

    [Fact]
    public void ThrowsWhenFileDoesNotExist() =>
        Should.Throw<ProcedureDataException>(() => ProcedureCatalogueLoader.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "procedures.json")))
            .Message.ShouldContain("does not exist");

    [Fact]
    public void DefaultOptionsPointAtShippedFileWhenNothingIsConfigured()
    {
        var options = new ProcedureCatalogueOptions();

        options.Validate();
        File.Exists(options.ResolveFile()).ShouldBeTrue();
    }
}
