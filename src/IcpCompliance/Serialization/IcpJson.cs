using System;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>
/// JSON for the library's types with System.Text.Json: ready-made options, a way to add the library's converters
/// and metadata to options of your own, and typed helpers.
/// </summary>
/// <remarks>Reading refuses what it does not understand: an unknown property, a missing required one, a null where
/// none is allowed, or a number or identifier that does not parse (an <see cref="IcpJsonException"/> carrying the
/// parser's error and the JSON path). Thread-safe.</remarks>
public static class IcpJson
{
    // The library's converters for options that lack them, the generated metadata, plus the names 0.1 wrote that
    // are read but no longer written (LegacyNames). Declared first: the options below are built from it.
    private static readonly IJsonTypeInfoResolver Resolver = JsonTypeInfoResolver.Combine(new LibraryConverterResolver(), IcpJsonContext.Default)
        .WithAddedModifier(LegacyNames.AddLegacyEvents)
        .WithAddedModifier(DeserializedChecks.Add);
    private static readonly JsonSerializerOptions ReadOnlyOptions = CreateOptions();
    private static readonly JsonTypeInfo<FilingApplication> ApplicationInfo =
        (JsonTypeInfo<FilingApplication>)ReadOnlyOptions.GetTypeInfo(typeof(FilingApplication));

    /// <summary>The options the library reads and writes with (read-only): camelCase property names, enums and
    /// SmartEnums by name, value types as their canonical strings (read leniently), NodaTime values in ISO form,
    /// unknown properties refused, nulls omitted on write and refused on read where the type does not allow them,
    /// indented output, with Chinese and other non-ASCII text written as itself rather than as <c>\uXXXX</c> escapes (characters
    /// that matter to HTML are still escaped).</summary>
    public static JsonSerializerOptions Options => ReadOnlyOptions;

    /// <summary>The library's source-generated metadata and its converters, to combine with your own resolvers
    /// (<c>JsonTypeInfoResolver.Combine</c>) when you serialize the library's types inside your own, trimmed or
    /// AOT-compiled. It brings the converters itself: options that hold a converter for one of the library's types
    /// keep theirs.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Resolver;

    /// <summary>Adds the library's source-generated metadata (and so its converters) to options of your own, after
    /// any resolvers they already have, and its converters to the options' converters, so they also win over a
    /// context of your own that describes one of the library's types. The naming and strictness settings of your
    /// options apply. Calling it again on the same options changes nothing.</summary>
    /// <param name="options">Options that are not yet read-only.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="System.InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (options.TypeInfoResolverChain.Contains(Resolver))
        {
            return options;
        }

        foreach (var converter in IcpJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        options.TypeInfoResolverChain.Add(Resolver);
        return options;
    }

    private static readonly JsonTypeInfo<FilingCase> CaseInfo =
        (JsonTypeInfo<FilingCase>)ReadOnlyOptions.GetTypeInfo(typeof(FilingCase));

    private static readonly JsonTypeInfo<Rules.RuleReport> ReportInfo =
        (JsonTypeInfo<Rules.RuleReport>)ReadOnlyOptions.GetTypeInfo(typeof(Rules.RuleReport));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(IcpJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = Resolver,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Writes an application as JSON.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static string Serialize(FilingApplication application)
        => JsonSerializer.Serialize(Preconditions.CheckNotNull(application), ApplicationInfo);

    /// <summary>Reads an application from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The application.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or not a valid application; an
    /// <see cref="IcpJsonException"/> when a value does not parse.</exception>
    public static FilingApplication DeserializeApplication(string json)
    {
        Preconditions.CheckNotNull(json);
        return Refusing(json, Application, typeof(FilingApplication), () => JsonSerializer.Deserialize(json, ApplicationInfo));
    }

    /// <summary>Writes a case as a stored case (schema version, state and numbers, history).</summary>
    /// <param name="filingCase">The case.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="filingCase"/> is null.</exception>
    public static string Serialize(FilingCase filingCase)
        => JsonSerializer.Serialize(Preconditions.CheckNotNull(filingCase), CaseInfo);

    /// <summary>Reads a stored case, replaying its history through a workflow.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="workflow">The workflow to replay through; null for <see cref="FilingWorkflow.Default"/>.</param>
    /// <returns>The case.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON or not a stored case; an <see cref="IcpJsonException"/>
    /// when a value does not parse, the schema version is not this library's, the workflow refuses an event of the
    /// history, or the stored state or numbers disagree with the history.</exception>
    public static FilingCase DeserializeCase(string json, FilingWorkflow? workflow = null)
    {
        Preconditions.CheckNotNull(json);
        return Refusing(json, StoredCaseDocument, typeof(StoredCase), () => workflow is null
            ? JsonSerializer.Deserialize(json, CaseInfo)
            : JsonSerializer.Deserialize(json, StoredCaseInfo)?.ToCase(workflow));
    }

    /// <summary>Writes a rule report: its findings (errors first) and, for readers, the counts and whether the
    /// application is ready to submit.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(Rules.RuleReport report)
        => JsonSerializer.Serialize(Preconditions.CheckNotNull(report), ReportInfo);

    /// <summary>Reads a rule report; the counts are derived from the findings, not read.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON or not a report.</exception>
    public static Rules.RuleReport DeserializeRuleReport(string json)
    {
        Preconditions.CheckNotNull(json);
        return Refusing(json, Report, typeof(Rules.RuleReport), () => JsonSerializer.Deserialize(json, ReportInfo));
    }

    // What each reader says the text is not, in English and Chinese.
    private static readonly (string English, string Chinese) Application = ("an application", "备案申请");
    private static readonly (string English, string Chinese) StoredCaseDocument = ("a stored case", "已保存的备案案件");
    private static readonly (string English, string Chinese) Report = ("a rule report", "规则报告");

    private static readonly JsonTypeInfo<StoredCase> StoredCaseInfo =
        (JsonTypeInfo<StoredCase>)ReadOnlyOptions.GetTypeInfo(typeof(StoredCase));

    // Every way reading can refuse the text becomes one IcpJsonException in the user's terms (JsonErrors).
    // System.Text.Json reports an event without its "event" name (an abstract type it cannot create) as
    // NotSupportedException, and a lone surrogate as an ArgumentException while it transcodes the text to UTF-8
    // (found by fuzzing); an OverflowException would be a value the library cannot compute with. To a caller each is
    // bad data like any other.
    private static T Refusing<T>(string json, (string English, string Chinese) document, System.Type documentType, System.Func<T?> read)
        where T : class
    {
        T? value;
        try
        {
            value = read();
        }
        catch (System.Exception e) when (e is JsonException or System.NotSupportedException or System.OverflowException)
        {
            throw JsonErrors.Describe(e, json, document.English, document.Chinese, documentType);
        }
        catch (System.ArgumentException e) when (e.InnerException is System.Text.EncoderFallbackException)
        {
            throw JsonErrors.Describe(
                new IcpJsonException("the text holds a lone surrogate, which is not valid UTF-16", "文本含有不成对的代理字符，不是有效的 UTF-16"),
                json, document.English, document.Chinese, documentType);
        }

        return value ?? throw JsonErrors.Describe(
            new IcpJsonException("the text is the JSON null", "内容为 JSON null"), json, document.English, document.Chinese, documentType);
    }
}
