using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="SubjectCertificate"/> as <c>{"kind": "CreditCode", "number": …}</c> for an
/// organization, or with an <see cref="IdentityDocumentKind"/> name as the kind for an individual.</summary>
internal sealed class SubjectCertificateJsonConverter : JsonConverter<SubjectCertificate>, ILibraryConverter
{
    /// <inheritdoc />
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options)
        => JsonMetadataServices.CreateValueInfo<SubjectCertificate>(options, this);

    /// <inheritdoc />
    public override SubjectCertificate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (kind, number) = DocumentJson.ReadKindAndNumber(ref reader, "certificate");
        if (!string.Equals(kind, DocumentJson.CreditCodeKind, StringComparison.Ordinal))
        {
            return DocumentJson.ReadDocument(kind, number, "certificate");
        }

        return UnifiedSocialCreditCode.Parse(number, ParseMode.Lenient).Match(
            code => (SubjectCertificate)code,
            error => throw JsonText.InvalidValue("unified social credit code", "统一社会信用代码", number, error));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SubjectCertificate value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer);
        Internal.Preconditions.CheckNotNull(value);
        value.Switch(
            code => DocumentJson.Write(writer, DocumentJson.CreditCodeKind, code.ToString()),
            document => DocumentJson.Write(writer, document.Kind.ToString(), document.ToString()));
    }
}
