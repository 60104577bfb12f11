using System;
using System.Text.Json;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Serialization;

/// <summary>
/// Reads and writes the <c>{"kind": …, "number": …}</c> object shared by identity documents and subject
/// certificates. The kind is written out because a number's text alone does not always say which document it is
/// (a passport and a travel permit can look alike).
/// </summary>
internal static class DocumentJson
{
    internal const string CreditCodeKind = "CreditCode";

    internal static (string Kind, string Number) ReadKindAndNumber(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new IcpJsonException(
                $"Expected the {typeName} as an object with \"kind\" and \"number\", found {reader.TokenType}.",
                $"{Chinese(typeName)}应为含 \"kind\" 和 \"number\" 的对象，实际为{JsonText.Chinese(reader.TokenType)}");
        }

        string? kind = null;
        string? number = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "kind" when reader.TokenType == JsonTokenType.String:
                    kind = reader.GetString();
                    break;
                case "number" when reader.TokenType == JsonTokenType.String:
                    number = reader.GetString();
                    break;
                case "kind" or "number":
                    throw new IcpJsonException(
                        $"The {typeName}'s \"{property}\" must be a string, found {reader.TokenType}.",
                        $"{Chinese(typeName)}的 \"{property}\" 应为字符串，实际为{JsonText.Chinese(reader.TokenType)}");
                default:
                    throw new IcpJsonException(
                        $"The {typeName} has an unknown property \"{JsonText.Printable(property)}\"; expected \"kind\" and \"number\".",
                        $"{Chinese(typeName)}含未知属性 \"{JsonText.Printable(property)}\"；应为 \"kind\" 和 \"number\"");
            }
        }

        if (kind is null || number is null)
        {
            throw new IcpJsonException($"The {typeName} needs both \"kind\" and \"number\".", $"{Chinese(typeName)}须同时含 \"kind\" 和 \"number\"");
        }

        return (kind, number);
    }

    internal static IdentityDocument ReadDocument(string kind, string number, string typeName)
    {
        IdentityDocument document = kind switch
        {
            nameof(IdentityDocumentKind.ResidentIdCard) or nameof(IdentityDocumentKind.ResidencePermit)
                => ResidentIdNumber.Parse(number, ParseMode.Lenient).Match(v => (IdentityDocument)v, e => throw Invalid(kind, number, e)),
            nameof(IdentityDocumentKind.TravelPermit)
                => TravelPermitNumber.Parse(number, ParseMode.Lenient).Match(v => (IdentityDocument)v, e => throw Invalid(kind, number, e)),
            nameof(IdentityDocumentKind.Passport)
                => PassportNumber.Parse(number, ParseMode.Lenient).Match(v => (IdentityDocument)v, e => throw Invalid(kind, number, e)),
            _ => throw NotAKind(kind, typeName),
        };

        if (!string.Equals(document.Kind.ToString(), kind, StringComparison.Ordinal))
        {
            throw new IcpJsonException(
                $"The number \"{JsonText.Printable(number)}\" is a {document.Kind}, not a {JsonText.Printable(kind)}.",
                $"号码 \"{JsonText.Printable(number)}\" 是 {document.Kind}，不是 {JsonText.Printable(kind)}");
        }

        return document;
    }

    internal static void Write(Utf8JsonWriter writer, string kind, string number)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", kind);
        writer.WriteString("number", number);
        writer.WriteEndObject();
    }

    private static IcpJsonException Invalid(string kind, string number, ParseError error)
        => JsonText.InvalidValue(kind + " number", kind + " 号码", number, error);

    private static IcpJsonException NotAKind(string kind, string typeName)
    {
        string kinds = "ResidentIdCard, ResidencePermit, TravelPermit" + (typeName == "certificate" ? ", Passport or " + CreditCodeKind : " or Passport");
        return new IcpJsonException(
            $"\"{JsonText.Printable(kind)}\" is not a kind of {typeName}; expected {kinds}.",
            $"\"{JsonText.Printable(kind)}\" 不是{Chinese(typeName)}的种类；应为 {kinds.Replace(" or ", ", ", StringComparison.Ordinal)}");
    }

    // The two objects this shape is read for: a person's identity document and a subject's certificate.
    private static string Chinese(string typeName) => typeName == "certificate" ? "主体证件" : "身份证件";
}
