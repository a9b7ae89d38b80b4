using System.Text;
using System.Text.Json;
using OpsHub.Ingest.Events.Parsing;

namespace OpsHub.Ingest.Tests.Events;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("""{"a":"\ud800"}""", "$.a is not valid text")]
    [InlineData("""{"a":["x","y\udfffz"]}""", "$.a[1] is not valid text")]
    [InlineData("""{"data":{"b":"\ude00\ud83d"}}""", "$.data.b is not valid text")]
    [InlineData("""{"\udc00":1}""", "a property name in $ is not valid text")]
    [InlineData("""{"id":"a\u0000b"}""", "$.id contains a NUL character")]
    [InlineData("""[{"ok":"x"},{"k":{"n":"\u0000"}}]""", "$[1].k.n contains a NUL character")]
    public void NamesThePathOfTheFirstUnreadableTextWhenEscapesAreBroken(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        JsonText.FindProblem(document.RootElement).ShouldNotBeNull().ShouldStartWith(expected);
    }

    [Theory]
    [InlineData(new byte[] { 0xff })]
    [InlineData(new byte[] { 0xc0, 0xaf })]
    [InlineData(new byte[] { 0xed, 0xa0, 0x80 })]
    [InlineData(new byte[] { 0xe9 })]
    public void FindsBytesThatAreNotUtf8WhenTheParserLetThemThrough(byte[] bad)
    {
        var json = Encoding.ASCII.GetBytes("""{"code":"HX-""").Concat(bad).Concat(Encoding.ASCII.GetBytes("\"}")).ToArray();
        using var document = JsonDocument.Parse(json);

        JsonText.FindProblem(document.RootElement).ShouldNotBeNull().ShouldStartWith("$.code is not valid text");
    }

    [Theory]
    [InlineData("""{"code":"HX-\ud835\udc00","n":1,"b":true,"z":null}""")]
    [InlineData("""{"name":"Nguyễn \u202e 👩🏽‍💼 <script>"}""")]
    [InlineData("""{"path":"C:\\users\\u0000"}""")]
    [InlineData("""{"code":"\u0048X-1"}""")]
    [InlineData("""[]""")]
    [InlineData("""42""")]
    public void FindsNothingWhenAllTextIsReadable(string json)
    {
        using var document = JsonDocument.Parse(json);

        JsonText.FindProblem(document.RootElement).ShouldBeNull();
    }
}
