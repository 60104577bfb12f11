using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>
/// The shape shared by the converters of the library's value types: written as the canonical string, read with the
/// type's lenient parser (so hand-written files may use full-width characters and spaces), and refused with an
/// <see cref="IcpJsonException"/> that carries the <see cref="ParseError"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class ParsedValueJsonConverter<T> : JsonConverter<T>, ILibraryConverter
    where T : struct
{
    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options)
        => JsonMetadataServices.CreateValueInfo<T>(options, this);

    private readonly string _description;
    private readonly string _descriptionChinese;

    /// <summary>Creates the converter.</summary>
    /// <param name="description">What the value is, for error messages (for example "ICP filing number").</param>
    /// <param name="descriptionChinese">The same in Chinese (for example "ICP 备案号").</param>
    private protected ParsedValueJsonConverter(string description, string descriptionChinese)
        => (_description, _descriptionChinese) = (description, descriptionChinese);

    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonText.NotAString("the " + _description, _descriptionChinese, reader.TokenType);
        }

        var text = reader.GetString();
        return Parse(text).Match(
            value => value,
            error => throw JsonText.InvalidValue(_description, _descriptionChinese, text, error));
    }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Parses the string value.</summary>
    /// <param name="text">The string.</param>
    /// <returns>The value or the parser's error.</returns>
    private protected abstract ParseResult<T> Parse(string? text);
}
