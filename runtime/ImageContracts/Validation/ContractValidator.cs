using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImageContracts;

/// <summary>
/// Validates request values against an <see cref="EndpointContract"/>. Typed requests, loose requests and the
/// dictionary entry point all call this one engine.
/// </summary>
/// <remarks>
/// <para>Values are keyed by wire name. Accepted .NET types: <see cref="string"/>; <see cref="int"/>,
/// <see cref="long"/> and other integer types, and integral <see cref="double"/>/<see cref="decimal"/> values (JSON-like);
/// <see cref="bool"/>; <see cref="byte"/>[], <see cref="ReadOnlyMemory{T}"/> of bytes, <see cref="ImageFile"/> and
/// <see cref="ImageReference"/>, and sequences of the file/reference kinds for lists; scalar
/// <see cref="System.Text.Json.JsonElement"/>s. A null value (or JSON null) means "not given". The key <c>model</c>
/// is ignored unless the endpoint declares it as a parameter (the model is chosen by the contract).</para>
/// <para>Checks run in this order and all findings are collected: unknown parameters, rejected parameters,
/// missing required parameters, value types, allowed values, preview/deprecated values, integer ranges, string
/// lengths (in UTF-16 code units, i.e. <see cref="string.Length"/>), sizes, files, rules, relation rules,
/// unconfirmed support, model lifecycle, Responses host model (and its lifecycle).</para>
/// <para>Lifecycle is judged on the day <see cref="ValidationOptions.TimeProvider"/> gives: shut down by then is
/// <c>model_retired</c> (a warning unless <see cref="ValidationOptions.RetiredModelSeverity"/> says error), a later
/// announced shutdown is a <c>model_deprecated</c> warning.</para>
/// </remarks>
public static class ContractValidator
{
    private const string ModelKey = "model";

    /// <summary>Validates <paramref name="values"/> against one endpoint contract.</summary>
    /// <param name="endpoint">The model's contract for the endpoint.</param>
    /// <param name="values">The request values by wire name.</param>
    /// <param name="lifecycle">The model's lifecycle, judged on the day <paramref name="options"/> gives.</param>
    /// <param name="hostModel">For the Responses tool: the mainline model that hosts the tool.</param>
    /// <param name="hosts">The host-model policy used to check <paramref name="hostModel"/> (required for that check).</param>
    /// <param name="options">The clock and the severity of a retired model; default <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The errors and warnings.</returns>
    public static ValidationResult Validate(
        EndpointContract endpoint,
        IReadOnlyDictionary<string, object?> values,
        ModelLifecycle? lifecycle = null,
        string? hostModel = null,
        HostModelPolicy? hosts = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(values);
        return new Run(endpoint, ValueReader.Given(NestedParameters.Flatten(endpoint, values))).Execute(lifecycle, hostModel, hosts, options ?? ValidationOptions.Default);
    }

    /// <summary>Validates <paramref name="values"/> for <paramref name="model"/> on <paramref name="endpoint"/>; reports
    /// <c>endpoint_not_supported</c> when the model does not serve it, and uses the model's lifecycle.</summary>
    /// <param name="model">The model contract.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="values">The request values by wire name.</param>
    /// <param name="hostModel">For the Responses tool: the mainline host model.</param>
    /// <param name="hosts">The host-model policy.</param>
    /// <param name="options">The clock and the severity of a retired model; default <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The errors and warnings.</returns>
    public static ValidationResult Validate(
        ModelContract model,
        ImageEndpoint endpoint,
        IReadOnlyDictionary<string, object?> values,
        string? hostModel = null,
        HostModelPolicy? hosts = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(values);
        EndpointContract? contract = model.FindEndpoint(endpoint);
        if (contract is null)
        {
            string served = model.Endpoints.Count == 0
                ? "none"
                : string.Join(", ", model.Endpoints.Select(e => WireValue.Endpoint(e.Endpoint)));
            return new ValidationResult(new[]
            {
                new ValidationFinding(
                    null,
                    ValidationCodes.EndpointNotSupported,
                    model.Id + " does not support the " + WireValue.Endpoint(endpoint) + " endpoint. Supported: " + served + ".",
                    RuleSeverity.Error),
            });
        }

        return Validate(contract, values, model.Lifecycle, hostModel, hosts, options);
    }

    private sealed class Run
    {
        private readonly EndpointContract _endpoint;
        private readonly Dictionary<string, object> _given;
        private readonly Dictionary<string, NormalizedValue> _typed = new(StringComparer.Ordinal);
        private readonly List<ValidationFinding> _findings = new();

        public Run(EndpointContract endpoint, Dictionary<string, object> given)
        {
            _endpoint = endpoint;
            _given = given;
        }

        private string Model => _endpoint.Model;

        private string Where => _endpoint.Model + " " + WireValue.Endpoint(_endpoint.Endpoint);

        public ValidationResult Execute(ModelLifecycle? lifecycle, string? hostModel, HostModelPolicy? hosts, ValidationOptions options)
        {
            CheckUnknown();
            CheckRejected();
            CheckRequired();
            CheckTypes();
            CheckAllowedValues();
            CheckValueStatus();
            CheckRanges();
            CheckLengths();
            CheckSizes();
            CheckFiles();
            CheckConditionRules();
            CheckRelationRules();
            CheckConfirmed();
            DateOnly today = options.Today;
            if (lifecycle is not null)
            {
                CheckLifecycle(null, Model, lifecycle, today, options.RetiredModelSeverity);
            }

            CheckHost(hostModel, hosts, today, options.RetiredModelSeverity);
            return new ValidationResult(_findings);
        }

        private void Error(string? parameter, string code, string message) =>
            _findings.Add(new ValidationFinding(parameter, code, message, RuleSeverity.Error));

        private void Warning(string? parameter, string code, string message) =>
            _findings.Add(new ValidationFinding(parameter, code, message, RuleSeverity.Warning));

        private void CheckUnknown()
        {
            foreach (string key in _given.Keys)
            {
                if (_endpoint.FindParameter(key) is null && _endpoint.FindRejected(key) is null && key != ModelKey)
                {
                    string accepted = _endpoint.Parameters.Count == 0
                        ? "none"
                        : string.Join(", ", _endpoint.Parameters.Select(p => p.WireName));
                    if (_endpoint.AllowsUnlistedParameters)
                    {
                        Warning(key, ValidationCodes.UnknownParameter,
                            $"Parameter '{key}' is not known for any model of {WireValue.Endpoint(_endpoint.Endpoint)}; it is sent unchecked to {Model}. Known parameters: {accepted}.");
                        continue;
                    }

                    Error(key, ValidationCodes.UnknownParameter,
                        $"Unknown parameter '{key}' for {Where}. Accepted parameters: {accepted}.");
                }
            }
        }

        private void CheckRejected()
        {
            foreach (string key in _given.Keys)
            {
                if (_endpoint.FindParameter(key) is null && _endpoint.FindRejected(key) is { } rejected)
                {
                    string code = string.IsNullOrEmpty(rejected.Code) ? "" : $" (API error '{rejected.Code}')";
                    string reason = string.IsNullOrEmpty(rejected.Reason) ? "" : " " + rejected.Reason;
                    Error(key, ValidationCodes.ParameterRejected,
                        $"Parameter '{key}' is not accepted by {Model}{code}.{reason}");
                }
            }
        }

        private void CheckRequired()
        {
            foreach (ParameterContract parameter in _endpoint.Parameters)
            {
                if (!parameter.Required)
                {
                    continue;
                }

                bool missing = !_given.TryGetValue(parameter.WireName, out object? value)
                    || (IsFileKind(parameter.Kind) && ValueReader.TryRead(parameter.Kind, value, out NormalizedValue files)
                        && files.Files!.Count == 0);
                if (missing)
                {
                    Error(parameter.WireName, ValidationCodes.MissingRequired,
                        $"Missing required parameter '{parameter.WireName}' for {Where}.");
                }
            }
        }

        private void CheckTypes()
        {
            foreach (ParameterContract parameter in _endpoint.Parameters)
            {
                if (!_given.TryGetValue(parameter.WireName, out object? value))
                {
                    continue;
                }

                if (ValueReader.TryRead(parameter.Kind, value, out NormalizedValue normalized))
                {
                    _typed[parameter.WireName] = normalized;
                }
                else
                {
                    Error(parameter.WireName, ValidationCodes.InvalidType,
                        $"Invalid type for '{parameter.WireName}' on {Model}: expected {ValueReader.Expected(parameter.Kind)}, got {ValueReader.DescribeMismatch(parameter.Kind, value)}.");
                }
            }
        }

        private IEnumerable<(ParameterContract Parameter, NormalizedValue Value)> Typed()
        {
            foreach (ParameterContract parameter in _endpoint.Parameters)
            {
                if (_typed.TryGetValue(parameter.WireName, out NormalizedValue? value))
                {
                    yield return (parameter, value);
                }
            }
        }

        private void CheckAllowedValues()
        {
            foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
            {
                if (parameter.Values.Count == 0 || value.Scalar is not { } scalar || parameter.FindValue(scalar) is not null)
                {
                    continue;
                }

                if (parameter.Kind == ParameterKind.Size && parameter.FreeFormSize is not null)
                {
                    if (!WireValue.TryParseSize(scalar, out _, out _))
                    {
                        Error(parameter.WireName, ValidationCodes.ValueNotAllowed,
                            $"Invalid value '{scalar}' for '{parameter.WireName}' on {Model}. Use WIDTHxHEIGHT (e.g. 1024x1024) or one of: {AllowedList(parameter)}.");
                    }

                    continue; // free-form sizes are checked in CheckSizes
                }

                Error(parameter.WireName, ValidationCodes.ValueNotAllowed,
                    $"Invalid value '{scalar}' for '{parameter.WireName}' on {Model}. Allowed: {AllowedList(parameter)}.");
            }
        }

        private static string AllowedList(ParameterContract parameter) =>
            string.Join(", ", parameter.Values.Select(v => v.Value));

        private void CheckValueStatus()
        {
            foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
            {
                if (value.Scalar is not { } scalar || parameter.FindValue(scalar) is not { } allowed)
                {
                    continue;
                }

                string note = string.IsNullOrEmpty(allowed.Note) ? "" : " " + allowed.Note;
                if (allowed.Status == ValueStatus.Preview)
                {
                    Warning(parameter.WireName, ValidationCodes.PreviewValue,
                        $"'{scalar}' for '{parameter.WireName}' is a preview value on {Model}; behaviour may change.{note}");
                }
                else if (allowed.Status == ValueStatus.Deprecated)
                {
                    Warning(parameter.WireName, ValidationCodes.DeprecatedValue,
                        $"'{scalar}' for '{parameter.WireName}' is deprecated on {Model}.{note}");
                }
                else if (allowed.Status == ValueStatus.Unconfirmed)
                {
                    Warning(parameter.WireName, ValidationCodes.Unconfirmed,
                        $"'{scalar}' for '{parameter.WireName}' on {Model} is UNCONFIRMED by the sources; the API may reject it.{note}");
                }
            }
        }

        private void CheckRanges()
        {
            foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
            {
                if (value.Integer is not long integer)
                {
                    continue;
                }

                if ((parameter.Minimum is int min && integer < min) || (parameter.Maximum is int max && integer > max))
                {
                    string range = (parameter.Minimum, parameter.Maximum) switch
                    {
                        (int lo, int hi) => $"{lo} to {hi}",
                        (int lo, null) => $"at least {lo}",
                        (null, int hi) => $"at most {hi}",
                        _ => "",
                    };
                    Error(parameter.WireName, ValidationCodes.OutOfRange,
                        string.Create(CultureInfo.InvariantCulture,
                            $"Value {integer} for '{parameter.WireName}' on {Model} is out of range. Allowed: {range}."));
                }
            }
        }

        private void CheckLengths()
        {
            foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
            {
                if (parameter.Kind != ParameterKind.String || value.Text is not { } text)
                {
                    continue;
                }

                if (parameter.MaxLength is int max && text.Length > max)
                {
                    Error(parameter.WireName, ValidationCodes.TooLong, string.Create(CultureInfo.InvariantCulture,
                        $"'{parameter.WireName}' is {text.Length} characters long; {Model} accepts at most {max} (UTF-16 code units)."));
                }

                if (parameter.MinLength is int min && text.Length < min)
                {
                    Error(parameter.WireName, ValidationCodes.TooShort, string.Create(CultureInfo.InvariantCulture,
                        $"'{parameter.WireName}' is {text.Length} characters long; {Model} needs at least {min} (UTF-16 code units)."));
                }
            }
        }

        private void CheckSizes()
        {
            foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
            {
                if (parameter.Kind != ParameterKind.Size || parameter.FreeFormSize is not { } free
                    || value.Text is not { } text || !WireValue.TryParseSize(text, out int width, out int height))
                {
                    continue;
                }

                long pixels = (long)width * height;
                bool listed = parameter.FindValue(text) is not null;
                if (!listed)
                {
                    CheckFreeFormSize(parameter.WireName, text, width, height, free);
                    if (!free.Confirmed)
                    {
                        Warning(parameter.WireName, ValidationCodes.Unconfirmed,
                            $"Free-form size {text} on {Model} is UNCONFIRMED by the sources (only the listed sizes are documented: {AllowedList(parameter)}); the API may reject it.");
                    }
                }

                if (free.ExperimentalAbovePixels is long experimental && pixels > experimental)
                {
                    Warning(parameter.WireName, ValidationCodes.SizeExperimental,
                        $"Size {text} ({ValueReader.Thousands(pixels)} pixels) is above {ValueReader.Thousands(experimental)} pixels; {Model} documents such outputs as experimental.");
                }
            }
        }

        // The constraints live in FreeFormSizeContract.FindProblems, shared with the generated size types.
        private void CheckFreeFormSize(string wire, string text, int width, int height, FreeFormSizeContract free)
        {
            foreach ((string code, string problem) in free.FindProblems(width, height))
            {
                Error(wire, code, $"Size {text} for '{wire}' on {Model}: {problem}.");
            }
        }

        private void CheckFiles()
        {
            foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
            {
                if (value.Files is not { } files)
                {
                    continue;
                }

                string wire = parameter.WireName;
                bool list = parameter.Kind is ParameterKind.Images or ParameterKind.ImageReferences;
                int maxCount = parameter.File?.MaxCount ?? (list ? int.MaxValue : 1);
                if (files.Count > maxCount)
                {
                    Error(wire, ValidationCodes.TooManyFiles, string.Create(CultureInfo.InvariantCulture,
                        $"'{wire}' has {files.Count} images; {Model} accepts at most {maxCount}."));
                }

                if (parameter.File is not { } contract)
                {
                    continue;
                }

                for (int i = 0; i < files.Count; i++)
                {
                    string label = files.Count == 1
                        ? $"'{wire}'"
                        : string.Create(CultureInfo.InvariantCulture, $"'{wire}' image {i + 1} of {files.Count}");
                    CheckFile(wire, label, files[i], contract);
                }
            }
        }

        private void CheckFile(string wire, string label, FileItem file, FileContract contract)
        {
            if (file.Info is not ImageInfo info)
            {
                return; // URL or file id: nothing to inspect
            }

            bool formatReported = false;
            if (contract.Formats.Count > 0 && !contract.Formats.Contains(info.Format))
            {
                string accepted = string.Join(", ", contract.Formats.Select(WireValue.Format));
                string actual = info.Format == ImageFormat.Unknown ? "not a recognised image format" : WireValue.Format(info.Format);
                Error(wire, ValidationCodes.FileFormat, $"{label} is {actual}; {Model} accepts {accepted}.");
                formatReported = true;
            }

            if (contract.MaxBytes is long maxBytes && file.Length is long length && length >= maxBytes)
            {
                Error(wire, ValidationCodes.FileTooLarge,
                    $"{label} is {ByteSize.Megabytes(length)} MB ({ValueReader.Thousands(length)} bytes); {Model} needs less than {ByteSize.Megabytes(maxBytes)} MB.");
            }

            if (!info.IsValid)
            {
                if (!formatReported)
                {
                    Error(wire, ValidationCodes.FileUnreadable,
                        $"{label} could not be read: the {WireValue.Format(info.Format)} header is truncated or corrupt.");
                }

                return;
            }

            if (contract.ExceedsMaxEdge(info))
            {
                // Checked before any cost is estimated: the token formula would otherwise price dimensions no real image has.
                string ceiling = contract.MaxEdgeConfirmed ? "." : " (ImageContracts' safety ceiling: no source documents the API's limit).";
                Error(wire, ValidationCodes.FileDimensions, string.Create(CultureInfo.InvariantCulture,
                    $"{label} declares {info.Width}x{info.Height} pixels; {Model} accepts at most {contract.MaxEdge} pixels on either side{ceiling}"));
            }

            if (contract.RequireSquare && info.Width != info.Height)
            {
                Error(wire, ValidationCodes.FileNotSquare, string.Create(CultureInfo.InvariantCulture,
                    $"{label} is {info.Width}x{info.Height}; {Model} needs a square image."));
            }

            if (contract.RequireAlpha && !info.HasAlpha)
            {
                Error(wire, ValidationCodes.MaskNoAlpha, wire == "mask"
                    ? $"{label} has no alpha channel; the fully transparent areas (alpha = 0) of the mask mark where to edit."
                    : $"{label} has no alpha channel; {Model} needs a PNG with transparent pixels for '{wire}'.");
            }
        }

        private void CheckConditionRules()
        {
            foreach (RuleContract rule in _endpoint.Rules)
            {
                if (rule.Kind != RuleKind.Condition || !rule.When.All(Holds))
                {
                    continue;
                }

                RuleCondition? failed = rule.Require.FirstOrDefault(c => !Holds(c));
                if (failed is not null)
                {
                    _findings.Add(new ValidationFinding(failed.Parameter, ValidationCodes.RulePrefix + rule.Id, RuleMessage(rule), rule.Severity));
                }
            }
        }

        private static string RuleMessage(RuleContract rule) =>
            string.IsNullOrEmpty(rule.Message) ? "Rule '" + rule.Id + "' is violated." : rule.Message;

        private bool Holds(RuleCondition condition)
        {
            switch (condition.Test)
            {
                case ConditionTest.Present:
                    return _given.ContainsKey(condition.Parameter);
                case ConditionTest.Absent:
                    return !_given.ContainsKey(condition.Parameter);
                case ConditionTest.OneOf:
                    return Effective(condition.Parameter)?.Scalar is { } scalar && condition.Values.Contains(scalar, StringComparer.Ordinal);
                case ConditionTest.Range:
                    return Effective(condition.Parameter)?.Integer is long integer
                        && (condition.Minimum is not long min || integer >= min)
                        && (condition.Maximum is not long max || integer <= max);
                case ConditionTest.Equals:
                    return condition.Boolean is bool expected && Effective(condition.Parameter)?.Boolean == expected;
                default:
                    return false;
            }
        }

        // The given value when it has the right type, else the parameter default.
        private NormalizedValue? Effective(string wire)
        {
            if (_typed.TryGetValue(wire, out NormalizedValue? value))
            {
                return value;
            }

            if (_given.ContainsKey(wire))
            {
                return null; // given with the wrong type: already reported, do not fall back to the default
            }

            return _endpoint.FindParameter(wire) is { } parameter ? ValueReader.ReadDefault(parameter) : null;
        }

        private void CheckRelationRules()
        {
            foreach (RuleContract rule in _endpoint.Rules)
            {
                if (rule.Kind == RuleKind.Condition || rule.Parameters.Count < 2)
                {
                    continue;
                }

                string reference = rule.Parameters[0];
                if (FirstReadable(reference) is not ImageInfo first)
                {
                    continue;
                }

                var details = new List<string>();
                for (int i = 1; i < rule.Parameters.Count; i++)
                {
                    string other = rule.Parameters[i];
                    if (FirstReadable(other) is not ImageInfo second)
                    {
                        continue;
                    }

                    if (rule.Kind == RuleKind.SameDimensions && (first.Width != second.Width || first.Height != second.Height))
                    {
                        details.Add(string.Create(CultureInfo.InvariantCulture,
                            $"'{reference}' is {first.Width}x{first.Height}, '{other}' is {second.Width}x{second.Height}"));
                    }
                    else if (rule.Kind == RuleKind.SameFormat && first.Format != second.Format)
                    {
                        details.Add($"'{reference}' is {WireValue.Format(first.Format)}, '{other}' is {WireValue.Format(second.Format)}");
                    }
                }

                if (details.Count > 0)
                {
                    _findings.Add(new ValidationFinding(reference, ValidationCodes.RulePrefix + rule.Id,
                        RuleMessage(rule) + " (" + string.Join("; ", details) + ")", rule.Severity));
                }
            }
        }

        private ImageInfo? FirstReadable(string wire) =>
            _typed.TryGetValue(wire, out NormalizedValue? value) && value.Files is { Count: > 0 } files
                && files[0].Info is ImageInfo info && info.IsValid
                ? info
                : null;

        private void CheckConfirmed()
        {
            if (!_endpoint.Confirmed)
            {
                string note = string.IsNullOrEmpty(_endpoint.Note) ? "" : " " + _endpoint.Note;
                Warning(null, ValidationCodes.Unconfirmed,
                    $"Support for the {WireValue.Endpoint(_endpoint.Endpoint)} endpoint on {Model} is UNCONFIRMED by the sources.{note}");
            }

            foreach (ParameterContract parameter in _endpoint.Parameters)
            {
                if (!parameter.Confirmed && _given.ContainsKey(parameter.WireName))
                {
                    string note = string.IsNullOrEmpty(parameter.Note) ? "" : " " + parameter.Note;
                    Warning(parameter.WireName, ValidationCodes.Unconfirmed,
                        $"Support for '{parameter.WireName}' on {Where} is UNCONFIRMED by the sources.{note}");
                }
            }
        }

        /// <summary>One rule for image models and host models: retired by <paramref name="today"/>, or shutting down later.</summary>
        private void CheckLifecycle(string? parameter, string model, ModelLifecycle lifecycle, DateOnly today, RuleSeverity retiredSeverity)
        {
            switch (lifecycle.StageOn(today))
            {
                case LifecycleStage.Retired:
                    string advice = lifecycle.Replacements.Count == 0 ? "; choose a newer model" : lifecycle.ReplacementAdvice;
                    _findings.Add(new ValidationFinding(parameter, ValidationCodes.ModelRetired,
                        $"{model} was shut down on {lifecycle.ShutdownText}; the API will most likely reject this request{advice}.", retiredSeverity));
                    break;
                case LifecycleStage.Deprecated:
                    string when = lifecycle.Shutdown is null ? "is deprecated (no shutdown date announced)" : "shuts down on " + lifecycle.ShutdownText;
                    Warning(parameter, ValidationCodes.ModelDeprecated, $"{model} {when}{lifecycle.ReplacementAdvice}.");
                    break;
            }
        }

        private void CheckHost(string? hostModel, HostModelPolicy? hosts, DateOnly today, RuleSeverity retiredSeverity)
        {
            if (hostModel is null || hosts is null)
            {
                return;
            }

            if (hosts.ImageModelIds.Contains(hostModel, StringComparer.Ordinal))
            {
                Error(null, ValidationCodes.HostNotSupported,
                    $"'{hostModel}' is an image model and cannot host the image_generation tool; use a mainline model such as {ExampleHosts(hosts)}.");
                return;
            }

            bool listed = hosts.Models.Contains(hostModel, StringComparer.Ordinal)
                || hosts.Prefixes.Any(prefix => prefix.Length > 0 && hostModel.StartsWith(prefix, StringComparison.Ordinal));
            if (!listed)
            {
                Warning(null, ValidationCodes.HostUnconfirmed,
                    $"'{hostModel}' is not documented as a host of the image_generation tool (documented: {ExampleHosts(hosts)}); check the model's page.");
            }

            if (hosts.Lifecycles.TryGetValue(hostModel, out ModelLifecycle? lifecycle))
            {
                CheckLifecycle(null, "The host model " + hostModel, lifecycle, today, retiredSeverity);
            }
        }

        private static string ExampleHosts(HostModelPolicy hosts)
        {
            IEnumerable<string> names = hosts.Models.Concat(hosts.Prefixes.Select(p => p + "*"));
            string list = string.Join(", ", names);
            return list.Length == 0 ? "(none listed)" : list;
        }

        private static bool IsFileKind(ParameterKind kind) => kind >= ParameterKind.Image;
    }
}
