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
            throw new IcpJsonException($"Expected the {typeName} as an object with \"kind\" and \"number\", found {reader.TokenType}.", null);
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
                    throw new IcpJsonException($"The {typeName}'s \"{property}\" must be a string, found {reader.TokenType}.", null);
                default:
                    throw new IcpJsonException($"The {typeName} has an unknown property \"{JsonText.Printable(property)}\"; expected \"kind\" and \"number\".", null);
            }
        }

        if (kind is null || number is null)
        {
            throw new IcpJsonException($"The {typeName} needs both \"kind\" and \"number\".", null);
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
            _ => throw new IcpJsonException(
                $"\"{JsonText.Printable(kind)}\" is not a kind of {typeName}; expected ResidentIdCard, ResidencePermit, TravelPermit{(typeName == "certificate" ? ", Passport or " + CreditCodeKind : " or Passport")}.",
                null),
        };

        if (!string.Equals(document.Kind.ToString(), kind, StringComparison.Ordinal))
        {
            throw new IcpJsonException($"The number \"{JsonText.Printable(number)}\" is a {document.Kind}, not a {JsonText.Printable(kind)}.", null);
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
        => JsonText.InvalidValue(kind + " number", number, error);
}
