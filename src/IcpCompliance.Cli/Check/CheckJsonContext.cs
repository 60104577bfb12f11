using System.Text.Json.Serialization;

namespace IcpCompliance.Cli.Check;

/// <summary>Source-generated metadata for the check document, so the tool works trimmed too.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckDocument))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
