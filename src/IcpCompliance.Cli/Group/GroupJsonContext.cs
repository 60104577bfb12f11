using System.Text.Json.Serialization;

namespace IcpCompliance.Cli.Group;

/// <summary>Source-generated metadata for the group document, so the tool works trimmed too.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(GroupDocument))]
internal sealed partial class GroupJsonContext : JsonSerializerContext;
