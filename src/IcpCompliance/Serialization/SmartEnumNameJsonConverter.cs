using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.SmartEnum;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a SmartEnum member (a <see cref="Regions.Province"/>, an
/// <see cref="Filing.EntityType"/>, …) by its <see cref="SmartEnum{TEnum, TValue}.Name"/>, exactly as
/// written in C#. Derive a parameterless converter for a SmartEnum of your own, as
/// <see cref="ProvinceJsonConverter"/> does.</summary>
/// <typeparam name="TEnum">The SmartEnum type.</typeparam>
internal class SmartEnumNameJsonConverter<TEnum> : JsonConverter<TEnum>, ILibraryConverter
    where TEnum : SmartEnum<TEnum, int>
{
    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options)
        => JsonMetadataServices.CreateValueInfo<TEnum>(options, this);

    private readonly Dictionary<string, TEnum> _byName;
    private readonly string _names;

    /// <summary>Creates the converter for the given members. The members are passed in rather than discovered,
    /// so the converter needs no reflection and works trimmed and AOT-compiled.</summary>
    /// <param name="members">Every member of the SmartEnum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public SmartEnumNameJsonConverter(IEnumerable<TEnum> members)
    {
        Internal.Preconditions.CheckNotNull(members);
        _byName = members.ToDictionary(member => member.Name, StringComparer.Ordinal);
        _names = string.Join(", ", _byName.Keys);
        LegacyNames.AddTo(_byName);
    }

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonText.NotAString($"a {typeof(TEnum).Name} name", $"{typeof(TEnum).Name} 名称", reader.TokenType);
        }

        var name = reader.GetString() ?? string.Empty;
        return _byName.TryGetValue(name, out var member)
            ? member
            : throw JsonText.NotAName(name, typeof(TEnum).Name, _names);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer);
        Internal.Preconditions.CheckNotNull(value);
        writer.WriteStringValue(value.Name);
    }
}
