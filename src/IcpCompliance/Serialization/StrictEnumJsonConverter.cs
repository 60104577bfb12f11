using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IcpCompliance.Serialization;

/// <summary>
/// Reads and writes an enum by its exact C# name, and nothing else: no numbers, no other casing, no
/// comma-separated flag combinations (System.Text.Json's string-enum converter accepts all three, so
/// <c>"Website, App"</c> would silently read as a third member).
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>, ILibraryConverter
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options)
        => JsonMetadataServices.CreateValueInfo<TEnum>(options, this);

    private static readonly Dictionary<string, TEnum> ByName = Build();
    private static readonly string Names = string.Join(", ", Enum.GetNames<TEnum>());

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonText.NotAString($"a {typeof(TEnum).Name} name", $"{typeof(TEnum).Name} 名称", reader.TokenType);
        }

        var name = reader.GetString() ?? string.Empty;
        return ByName.TryGetValue(name, out var value)
            ? value
            : throw JsonText.NotAName(name, typeof(TEnum).Name, Names);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WriteStringValue(Enum.GetName(value) ?? throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}."));

    private static Dictionary<string, TEnum> Build()
    {
        var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            byName[Enum.GetName(value)!] = value;
        }

        LegacyNames.AddTo(byName);
        return byName;
    }
}
