using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IcpCompliance.Identity;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes an <see cref="IdentityDocument"/> as <c>{"kind": "ResidentIdCard", "number":
/// "11010519491231002X"}</c>; the kind is an <see cref="IdentityDocumentKind"/> name and must match the
/// number.</summary>
internal sealed class IdentityDocumentJsonConverter : JsonConverter<IdentityDocument>, ILibraryConverter
{
    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options)
        => JsonMetadataServices.CreateValueInfo<IdentityDocument>(options, this);

    /// <inheritdoc />
    public override IdentityDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (kind, number) = DocumentJson.ReadKindAndNumber(ref reader, "identity document");
        return DocumentJson.ReadDocument(kind, number, "identity document");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IdentityDocument value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer);
        Internal.Preconditions.CheckNotNull(value);
        DocumentJson.Write(writer, value.Kind.ToString(), value.ToString());
    }
}
