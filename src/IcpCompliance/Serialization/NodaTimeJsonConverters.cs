using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;

namespace IcpCompliance.Serialization;

/// <summary>
/// ISO converters for the NodaTime values in the model (<c>2026-11-23</c>, <c>2026-11-23T01:30:00Z</c>; an instant may
/// be read with any offset, <c>2026-11-23T09:30:00+08:00</c>), written on
/// NodaTime's own patterns. NodaTime.Serialization.SystemTextJson writes the same forms, but its converters reach
/// <c>JsonSerializerOptions.GetConverter</c>, which Native AOT flags (IL2026/IL3050), so the library carries these
/// two small ones instead.
/// </summary>
internal static class NodaTimeJsonConverters
{
    private static T ReadIso<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string description, string descriptionChinese)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonText.NotAString(description, descriptionChinese, reader.TokenType);
        }

        var text = reader.GetString();
        var result = pattern.Parse(text ?? string.Empty);
        return result.Success
            ? result.Value
            : throw new IcpJsonException($"\"{JsonText.Printable(text)}\" is not {description}.", $"\"{JsonText.Printable(text)}\" 不是{descriptionChinese}");
    }

    internal sealed class LocalDateConverter : JsonConverter<LocalDate>, ILibraryConverter
    {
        public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options)
            => JsonMetadataServices.CreateValueInfo<LocalDate>(options, this);

        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => ReadIso(ref reader, LocalDatePattern.Iso, "an ISO date such as 2026-11-23", "ISO 日期（如 2026-11-23）");

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
            => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    internal sealed class InstantConverter : JsonConverter<Instant>, ILibraryConverter
    {
        public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options)
            => JsonMetadataServices.CreateValueInfo<Instant>(options, this);

        // Any offset is read ("times given in any zone are converted"); the instant is written in UTC.
        // An event's instant outside the century is refused here, with its path, before the event's constructor
        // would refuse it without one (see SupportedTime).
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var instant = ReadIso(ref reader, OffsetDateTimePattern.ExtendedIso, "an ISO instant such as 2026-11-23T01:30:00Z or 2026-11-23T09:30:00+08:00", "ISO 时刻（如 2026-11-23T01:30:00Z 或 2026-11-23T09:30:00+08:00）").ToInstant();
            return Internal.SupportedTime.Contains(instant)
                ? instant
                : throw new IcpJsonException(
                    $"The instant {InstantPattern.ExtendedIso.Format(instant)} is outside what the library computes with: it must be {Internal.SupportedTime.Range}.",
                    $"时间 {InstantPattern.ExtendedIso.Format(instant)} 超出可计算的范围，{Internal.SupportedTime.RangeChinese}");
        }

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
            => writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
