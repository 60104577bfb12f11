using System.Text.Json;
using IcpCompliance.Serialization;

namespace IcpCompliance.Tests.Reliability;

/// <summary>Regression tests for what fuzzing and the hostile-input tests found, one per finding (see
/// docs/reliability.md); each input is also in tests/IcpCompliance.Fuzz/regressions.</summary>
public sealed class FuzzFindingTests
{
    [Fact]
    public void A_lone_surrogate_in_json_is_a_JsonException_not_an_ArgumentException()
    {
        // Inline theory data would not do: xunit serialises it and turns a lone surrogate into U+FFFD.
        string[] inputs = ["{\"operation\":\"\uD800\"}", "\uDC00", "{\"subject\":{\"name\":\"\uD83D\"}}", "[\"\uDFFF\uD800\"]"];
        foreach (string json in inputs)
        {
            JsonException e = Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication(json));
            Assert.Contains("lone surrogate", e.Message, System.StringComparison.Ordinal);
        }
    }
}
