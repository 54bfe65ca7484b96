using System.Globalization;
using System.Text;
using System.Text.Json;
using Epub.Readers.PlainText.Recognition;

// The line labeller's training tool. From the repository root:
//   dotnet run -c Release --project src/Epub.Training -- derive-labels   answers → src/Epub.Training/labels/*.tsv
//   dotnet run -c Release --project src/Epub.Training -- train           cross-validates, fits, writes the model
//   dotnet run -c Release --project src/Epub.Training -- ablate          cross-validates the first look without each feature group
//   dotnet run -c Release --project src/Epub.Training -- tune            cross-validates the first look with a few tree shapes
//   dotnet run -c Release --project src/Epub.Training -- tune-context    cross-validates both looks with a few shapes of the second look's trees
//   dotnet run -c Release --project src/Epub.Training -- tune-regimes    cross-validates both looks with the second look learning from the fitted first look at a few weights
//   dotnet run -c Release --project src/Epub.Training -- cv              cross-validates the first look (the quick check of a feature; --dresses N: N variants a text)
//   dotnet run -c Release --project src/Epub.Training -- probabilities KEY   each line's two heading probabilities and its label (EPUB_MODEL_FOLDER: a fold's models)
//   dotnet run -c Release --project src/Epub.Training -- names KEY           the names a text offers as its author, each with the author model's probability and features
//   dotnet run -c Release --project src/Epub.Training -- variant KEY DRESS   prints a text in another dress with its labels (Augmentation; DRESS excerpt, digest or plain: a short text cut from it; asides: its short sentences set alone)
//   dotnet run -c Release --project src/Epub.Training -- folds DIR   models fitted without each tenth of the texts, and a converter command using them (pipeline cross-validation)
//   dotnet run -c Release --project src/Epub.Training -- preformatted    cross-validates and fits the preformatted model (tables, diagrams), writes it
//   dotnet run -c Release --project src/Epub.Training -- compile     writes each shipped NAME.model.tsv again in the compiled form the converter embeds (NAME.model.bin)
// Options: --corpus DIR (default ../shared/corpus), --folds N (default 10); --asides (train, folds: the asides variants learnt from too, an experiment); --leads and --plain-cuts (train, folds: another cut text from each, an experiment).
namespace Epub.Training;

// A class of its own, not top-level statements: the test project reads this assembly's internals,
// and a top-level program's global Program class would hide the converter's.
internal static class TrainingTool
{
    private static int Main(string[] args)
    {
        var arguments = args.ToList();
        var corpus = Option("--corpus") ?? Path.GetFullPath(Path.Combine("..", "shared", "corpus"));
        var folds = int.Parse(Option("--folds") ?? "10", CultureInfo.InvariantCulture);
        var root = Path.GetFullPath(".");
        var labelsFolder = Path.Combine(root, "src", "Epub.Training", "labels");
        var modelFolder = Path.Combine(root, "src", "Epub.Core", "Readers", "PlainText", "Recognition");
        var innerFolds = 5;
        // Experiments, for cv, train and folds: --shape TREES,LEAVES,MINIMUM (the first look's trees), --context-shape (the second look's), --without a,b (features held at 0).
        if (ShapeOption("--shape") is { } shape) Trainer.Chosen = shape;
        if (ShapeOption("--context-shape") is { } contextShape) Trainer.ContextChosen = contextShape;
        if (ShapeOption("--ranker-shape") is { } rankerShape) Trainer.Ranker = rankerShape;
        if (Option("--ranker-l2") is string l2) Trainer.Ranker = Trainer.Shape.Linear(double.Parse(l2, CultureInfo.InvariantCulture));
        if (ShapeOption("--preformatted-shape") is { } preformattedShape) Trainer.PreformattedShape = preformattedShape;
        var without = Option("--without")?.Split(',') ?? [];
        // Experiment, for train and folds: the texts' asides variants learnt from too (Augmentation.Asides; not in the shipped regimen).
        var withAsides = arguments.Remove("--asides");
        // Experiment, for train and folds: a lead cut from each text too (Augmentation.Leads; not in the shipped regimen).
        Augmentation.Leads = arguments.Remove("--leads");
        // Experiment, for train and folds: a plain cut (a section's body, no heading) from each text too (Augmentation.PlainCuts).
        Augmentation.PlainCuts = arguments.Remove("--plain-cuts");
        if (Option("--bagging") is string bagging)
        {
            var fraction = double.Parse(bagging, CultureInfo.InvariantCulture);
            (Trainer.Chosen, Trainer.ContextChosen) = (Trainer.Chosen with { BaggingFraction = fraction }, Trainer.ContextChosen with { BaggingFraction = fraction });
        }
        if (Option("--seeds") is string seeds)
        {
            var count = int.Parse(seeds, CultureInfo.InvariantCulture);
            (Trainer.Chosen, Trainer.ContextChosen) = (Trainer.Chosen with { Seeds = count }, Trainer.ContextChosen with { Seeds = count });
        }
        if (arguments.FirstOrDefault() == "compile")
        {
            foreach (var file in Directory.GetFiles(modelFolder, "*.model.tsv").Order(StringComparer.Ordinal))
                WriteModel(Path.GetFileName(file)[..^".model.tsv".Length], File.ReadAllText(file));
            return 0;
        }
        if (!File.Exists(Path.Combine(corpus, "expected.json")))
        {
            Console.Error.WriteLine($"epub-training: no expected.json in {corpus} (give --corpus DIR; run from the repository root)");
            return 2;
        }

        switch (arguments.FirstOrDefault())
        {
            case "derive-labels": DeriveLabels(); return 0;
            case "train": return Train();
            case "ablate": Ablate(); return 0;
            case "tune": Tune(); return 0;
            case "tune-context": TuneContext(); return 0;
            case "tune-regimes": TuneRegimes(); return 0;
            case "cv": CrossValidateFirstLook(); return 0;
            case "authors": TrainAuthors(); return 0;
            case "titles": TrainTitles(); return 0;
            case "preformatted": TrainPreformatted(); return 0;
            case "variant": ShowVariant(arguments[1], arguments[2]); return 0;
            case "folds": WriteFolds(Path.GetFullPath(arguments.ElementAtOrDefault(1) ?? Path.Combine(Path.GetTempPath(), "epub-folds")), Option("--cli") ?? "dotnet src/Epub.Cli/bin/Release/net10.0/epub.dll"); return 0;
            case "features": ShowFeatures(arguments[1], int.Parse(arguments[2], CultureInfo.InvariantCulture)); return 0;
            case "probabilities": ShowProbabilities(arguments[1]); return 0;
            case "names": ShowNames(arguments[1]); return 0;
            default:
                Console.Error.WriteLine("usage: epub-training derive-labels|train|cv [--dresses N]|ablate|tune|tune-context|authors|titles|preformatted|features KEY LINE|probabilities KEY|variant KEY DRESS|folds DIR [--cli COMMAND] [--corpus DIR] [--folds N]");
                return 2;
        }

        Trainer.Shape? ShapeOption(string name)
        {
            if (Option(name) is not string value) return null;
            var parts = value.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return new Trainer.Shape(parts[0], parts[1], parts[2]);
        }

        string? Option(string name)
        {
            var i = arguments.IndexOf(name);
            if (i < 0 || i + 1 >= arguments.Count) return null;
            var value = arguments[i + 1];
            arguments.RemoveRange(i, 2);
            return value;
        }

        void DeriveLabels()
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "expected.json")));
            int matched = 0, missing = 0;
            foreach (var key in Corpus.TextKeys(corpus))
            {
                var (labels, unmatched) = Corpus.Derive(corpus, key, expected.RootElement.GetProperty(key));
                var file = Path.Combine(labelsFolder, key + ".tsv");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                // Hand corrections (lines marked "# checked") survive a new derivation.
                var kept = File.Exists(file) ? File.ReadLines(file).Where(l => l.EndsWith("\t# checked", StringComparison.Ordinal)).ToList() : [];
                foreach (var line in kept)
                {
                    var fields = line.Split('\t');
                    labels[int.Parse(fields[0], CultureInfo.InvariantCulture)] = fields[1];
                }
                var keptLines = kept.Select(l => int.Parse(l.Split('\t')[0], CultureInfo.InvariantCulture)).ToHashSet();
                var text = new StringBuilder($"# labels of {key} (1-based line, label); text lines not listed are body. Derived from expected.json by derive-labels; lines ending '# checked' were set by hand.\n");
                foreach (var (line, label) in labels.OrderBy(l => l.Key))
                    text.Append(CultureInfo.InvariantCulture, $"{line}\t{label}{(keptLines.Contains(line) ? "\t# checked" : "")}\n");
                File.WriteAllText(file, text.ToString());
                var headings = labels.Count(l => l.Value == "heading");
                matched += expected.RootElement.GetProperty(key).TryGetProperty("headings", out var h) ? h.GetArrayLength() - unmatched.Count : 0;
                missing += unmatched.Count;
                foreach (var u in unmatched) Console.WriteLine($"{key}: no line says the heading \"{u}\"");
            }
            Console.WriteLine($"headings aligned to lines: {matched}, not found: {missing}");
        }

        // The corpus's texts and their variants in other dresses, and the first look's rows of them:
        // all are trained on, the texts alone scored.
        (List<LabelledText> Texts, List<LabelledText> All, Data First) BothLooksData()
        {
            var texts = LoadAll();
            var asides = withAsides ? Augmentation.Asides(texts) : [];
            var variants = Augmentation.Variants(texts, Augmentation.DressesPerText).Concat(Augmentation.Excerpts(texts)).Concat(asides).ToList();
            if (withAsides) Console.WriteLine($"{texts.Count} texts, {variants.Count} variants ({asides.Count} with asides set alone)");
            return (texts, [.. texts, .. variants.Select(v => v.Variant)], Features.Extract(texts, variants));
        }

        List<LabelledText> LoadAll() => Corpus.TextKeys(corpus).Select(k => Corpus.Load(corpus, labelsFolder, k)).ToList();

        int Train()
        {
            var (texts, all, first) = BothLooksData();
            var everyDocument = Enumerable.Range(0, first.Documents.Count).ToList();
            var foldsText = folds.ToString(CultureInfo.InvariantCulture);

            // The first look alone, for comparison, and as the second look's training input.
            var firstLook = Trainer.OutOfFold(first, everyDocument, folds);
            var (real, realFirstLook) = first.Real(firstLook);
            Evaluation.Report(real, realFirstLook, Evaluation.BestThreshold(real, realFirstLook), $"first look (the line alone), cross-validated ({foldsText} folds by document)", worst: 0);

            // Both looks, nested: what the converter will do on texts it has never seen.
            var (_, bothLooks) = first.Real(Trainer.CrossValidateBothLooks(all, first, folds, innerFolds));
            // The threshold where F1 is best on the archive's texts, the converter's own kind of
            // input: Project Gutenberg's books teach the trees too, but more of their lines pass
            // for headings (ornate title pages, verse, indexes), and over all texts the threshold
            // falls where the archive's texts get half again as many invented headings for a few
            // more found (both looks, out of fold: 539 found, 197 invented at 0.18; 497, 117 at 0.45).
            var threshold = Evaluation.BestThreshold(real, bothLooks, Corpus.ArchivePart);
            Evaluation.Curve(real, bothLooks, Corpus.ArchivePart, Console.Out);
            Evaluation.Report(real, bothLooks, threshold, $"both looks, cross-validated ({foldsText} folds by document, {innerFolds} inner)", worst: 10);
            using (var details = File.CreateText(Path.Combine(Path.GetTempPath(), "epub-training-details.txt"))) Evaluation.Details(real, texts, bothLooks, threshold, details);
            Evaluation.Dump(real, Path.Combine(Path.GetTempPath(), "epub-training-out-of-fold.tsv"), realFirstLook, bothLooks);

            var fittedLineModel = Trainer.Fit(first, Trainer.FirstLookTraining(first, everyDocument));
            var lineModel = Trainer.Write(fittedLineModel, 0.5f, Features.Typical(real), LineSheet.FeatureNames);
            var second = Features.InContext(all, first, firstLook);
            var secondTraining = Trainer.SecondLookData(all, first, second, Trainer.Scorer(fittedLineModel), everyDocument);
            var contextModel = Trainer.Write(Trainer.Fit(secondTraining, Trainer.ContextTraining(secondTraining, everyDocument), shape: Trainer.ContextChosen), threshold, Features.Typical(second.Real(firstLook).Data), HeadingContext.AllFeatureNames.ToArray(), Evaluation.Total(real, bothLooks, threshold));
            WriteModel("heading-line", lineModel);
            WriteModel("heading-context", contextModel);

            // The rankers read the heading models through the converter's own pipeline: the ones just
            // written, not those the tool was built with (after a change of features those refuse
            // to load). Titles first: the author pass runs after the title pass, so it reads the
            // title model just written too.
            Environment.SetEnvironmentVariable(LineLabeller.ModelFolderVariable, modelFolder);
            TrainTitles();
            TrainAuthors();
            TrainPreformatted();

            // The shipped models through the converter's own inference, on the texts they were fitted on.
            var (fittedLine, fittedContext) = (LineModel.Parse(lineModel), LineModel.Parse(contextModel));
            var resubstituted = new float[real.Rows.Count];
            for (var r = 0; r < real.Rows.Count;)
            {
                var labels = LineLabeller.Label(texts[real.Rows[r].Document].Sheet, fittedLine, fittedContext);
                for (var document = real.Rows[r].Document; r < real.Rows.Count && real.Rows[r].Document == document; r++) resubstituted[r] = labels.Probability(real.Rows[r].Line);
            }
            Evaluation.Report(real, resubstituted, threshold, "on the texts it was fitted on", worst: 0);
            Console.WriteLine($"wrote heading-line.model.tsv and heading-context.model.tsv in {Path.GetRelativePath(root, modelFolder)} (threshold {threshold:0.00})");
            return 0;
        }

        // A shipped model: its text (the record a person reads and diffs) and its compiled form (what the converter embeds), written together so they cannot drift apart.
        void WriteModel(string name, string text)
        {
            File.WriteAllText(Path.Combine(modelFolder, $"{name}.model.tsv"), text);
            File.WriteAllBytes(Path.Combine(modelFolder, $"{name}.model.bin"), LineModel.Parse(text).Compile());
            Console.WriteLine($"wrote {name}.model.tsv and {name}.model.bin");
        }

        // One line's features, by name: what the models read (for looking into a decision).
        void ShowFeatures(string key, int line)
        {
            var text = Corpus.Load(corpus, labelsFolder, key);
            var features = new float[LineSheet.FeatureCount];
            text.Sheet.Features(line - 1, features);
            Console.WriteLine(text.Lines[line - 1]);
            for (var f = 0; f < features.Length; f++) Console.WriteLine($"  {LineSheet.FeatureNames[f],-26} {features[f]:0.###}");
        }

        // Each text line's two probabilities beside its label (the models EPUB_MODEL_FOLDER names, or the
        // shipped ones): where a fold's models stand on a text they never saw, line by line.
        void ShowProbabilities(string key)
        {
            var text = Corpus.Load(corpus, labelsFolder, key);
            var first = LineLabeller.Probabilities(text.Sheet, LineLabeller.LineModel, text.Sheet.Features, LineSheet.FeatureCount);
            var both = LineLabeller.Label(text.Sheet);
            var context = new HeadingContext(text.Sheet, first);
            for (var i = text.Start; i < text.End; i++)
            {
                if (!text.Sheet.IsText(i)) continue;
                var label = text.Labels.GetValueOrDefault(i + 1, "");
                if (first[i] < 0.02f && both.Probability(i) < 0.02f && label.Length == 0) continue;
                var around = new float[HeadingContext.FeatureCount];
                context.Features(i, around);
                Console.WriteLine($"{i + 1,6} {first[i],5:0.00} {both.Probability(i),5:0.00} {(both.IsHeading(i) ? "H" : " ")} {label,-8}[{string.Join(' ', around.Skip(1).Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))}]|{text.Lines[i]}");
            }
        }

        // The names a text offers as its author, each with the author model's probability and its
        // features that differ from zero (EPUB_MODEL_FOLDER: a fold's models): why a name won or lost.
        void ShowNames(string key)
        {
            var answers = Answers("author");
            var (data, names, _) = Features.Authors(corpus, [key], answers);
            Console.WriteLine($"threshold {LineLabeller.AuthorModel.Threshold:0.00}; answer: {answers.GetValueOrDefault(key) ?? "-"}");
            for (var k = 0; k < data.Rows.Count; k++)
            {
                var row = data.Rows[k];
                var features = string.Join(' ', AuthorCandidates.FeatureNames.Select((n, f) => (n, v: row.Features[f])).Where(p => p.v != 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.n}={p.v:0.##}")));
                Console.WriteLine($"{LineLabeller.AuthorModel.Probability(row.Features),5:0.00} {(row.Byline ? "*" : " ")} line {row.Line + 1,-5} {names[k],-40} {features}");
            }
        }

        // A text in another dress (Augmentation), its labels in the margin: for checking the variants by eye.
        // DRESS: a dress's name, "excerpt", "digest" or "plain" for the short texts cut from this one, "asides" for its short sentences set alone.
        void ShowVariant(string key, string dress)
        {
            var text = Corpus.Load(corpus, labelsFolder, key);
            var variant = dress switch
            {
                "plain" => Augmentation.Excerpts([text], plainCuts: true).Select(c => c.Variant).Single(v => v.Key.EndsWith("#plain", StringComparison.Ordinal)),
                "excerpt" or "digest" => Augmentation.Excerpts([text]).Select(c => c.Variant).Single(v => v.Key.EndsWith("#" + dress, StringComparison.Ordinal)),
                "asides" => Augmentation.Asides([text]).Single().Variant,
                _ => Augmentation.Dressed(text, Enum.Parse<Augmentation.Dress>(dress)),
            };
            for (var i = variant.Start; i < variant.End; i++) Console.WriteLine($"{variant.Labels.GetValueOrDefault(i + 1, ""),-8}|{variant.Lines[i]}");
        }

        // The preformatted model: cross-validated by document with the converter's own decision (a
        // block's mean probability against the threshold), per text line; then fitted on all and written.
        void TrainPreformatted()
        {
            var texts = LoadAll();
            var (all, blockOf, labelled) = Features.Preformatted(texts);
            var data = all.Without(without); // --without a,b: the features held at 0, to ask whether they help
            var everyDocument = Enumerable.Range(0, data.Documents.Count).ToList();
            var outOfFold = Trainer.OutOfFold(data, everyDocument, folds, r => r.Preformatted, Trainer.PreformattedShape);
            var threshold = Evaluation.BestBlockThreshold(data, blockOf, labelled, outOfFold);
            var perDocument = Evaluation.Blocks(data, blockOf, labelled, outOfFold, threshold);
            var total = perDocument.Values.Aggregate(new Evaluation.Counts(0, 0, 0), (a, b) => a + b);
            Console.WriteLine($"preformatted lines, cross-validated ({folds} folds by document, decided by block), threshold {threshold:0.00}: found {total.Recall:P1} ({total.Found}/{total.Wanted}), taken wrongly {total.Invented}, precision {total.Precision:P1}, F1 {total.F1:0.000}; {data.Rows.Count} lines scored in {texts.Count} texts");
            foreach (var (document, counts) in perDocument.Where(p => p.Value.Wanted > p.Value.Found || p.Value.Invented > 0).OrderByDescending(p => p.Value.Wanted - p.Value.Found + p.Value.Invented).Take(12))
                Console.WriteLine($"  {data.Documents[document]}: found {counts.Found}/{counts.Wanted}, taken wrongly {counts.Invented}");
            // Every scored block, for reading the decisions: text, first and last line, its mean out-of-fold probability, labelled lines of its lines.
            using (var details = File.CreateText(Path.Combine(Path.GetTempPath(), "epub-training-preformatted.txt")))
                foreach (var (start, end) in Evaluation.BlockRows(data, blockOf))
                {
                    var mean = Evaluation.MeanProbability(outOfFold, start, end);
                    details.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Documents[data.Rows[start].Document]}:{data.Rows[start].Line + 1}-{data.Rows[end - 1].Line + 1}\t{mean:0.00}\t{(mean >= threshold ? "taken" : "-")}\t{Enumerable.Range(start, end - start).Count(k => data.Rows[k].Preformatted)}/{end - start}"));
                }
            WriteModel("preformatted", Trainer.Write(Trainer.Fit(data, everyDocument, r => r.Preformatted, Trainer.PreformattedShape), threshold, Features.Typical(data), PreformattedLines.FeatureNames, total, PreformattedLines.Label));
        }

        // The author model: the names each text offers, ranked.
        void TrainAuthors() => TrainRanker("author", "name", Features.Authors, AuthorCandidates.FeatureNames);

        // The title model: the readings of the title each text offers, ranked.
        void TrainTitles() => TrainRanker("title", "reading", Features.Titles, TitleCandidates.FeatureNames);

        // Pipeline cross-validation: the converter as a whole on texts its models never saw. For
        // each fold (the folds of train and cv), the four models are fitted on the other folds'
        // texts, as train fits them (the second look on out-of-fold first looks, each ranker's
        // threshold by its own inner cross-validation), and written to DIR/fold-K/. DIR/convert is
        // a converter command that converts each corpus text with its fold's models, so
        //   ../shared/tools/score-corpus --only .txt --cli DIR/convert
        // scores every text as the validation split scores unseen ones. Two things are shared with
        // the shipped models: the second look's threshold (one number chosen over all the texts),
        // and the rankers' candidates, which the pipeline finds with the shipped heading models.
        void WriteFolds(string folder, string converter)
        {
            // The shipped models' regimen (train): the texts and their variants in other dresses
            // are learnt from, and a text's variants stay in its fold, so no fold learns a dress
            // of a text it is scored on.
            var (texts, all, withVariants) = BothLooksData();
            var first = withVariants.Without(without);
            var threshold = LineLabeller.ContextModel.Threshold;
            var typical = Features.Typical(first.Real(new float[first.Rows.Count]).Data);
            var foldOf = texts.Select((t, d) => (t.Key, d % folds)).ToDictionary(p => p.Key, p => p.Item2);
            Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
            {
                var training = Enumerable.Range(0, first.Documents.Count).Where(d => first.SourceOf(d) % folds != fold).ToList();
                var firstLook = Trainer.OutOfFold(first, training, innerFolds);
                var second = Features.InContext(all, first, firstLook).Without(without);
                var target = Directory.CreateDirectory(Path.Combine(folder, $"fold-{fold}")).FullName;
                var lineModel = Trainer.Fit(first, Trainer.FirstLookTraining(first, training));
                File.WriteAllText(Path.Combine(target, "heading-line.model.tsv"), Trainer.Write(lineModel, 0.5f, typical, LineSheet.FeatureNames));
                var secondTraining = Trainer.SecondLookData(all, first, second, Trainer.Scorer(lineModel), training);
                File.WriteAllText(Path.Combine(target, "heading-context.model.tsv"),
                    Trainer.Write(Trainer.Fit(secondTraining, Trainer.ContextTraining(secondTraining, training), shape: Trainer.ContextChosen), threshold,
                        Features.Typical(second.Real(firstLook).Data), HeadingContext.AllFeatureNames.ToArray()));
                Console.WriteLine($"fold {fold}: heading models fitted on {training.Count(d => !first.IsVariant(d))} texts and their variants");
            });
            foreach (var (label, rows, names) in new[] { ("author", (Func<string, List<string>, IReadOnlyDictionary<string, string?>, (Data, List<string>, HashSet<int>)>)Features.Authors, AuthorCandidates.FeatureNames), ("title", Features.Titles, TitleCandidates.FeatureNames) })
            {
                var (data, _, answered) = rows(corpus, Corpus.TextKeys(corpus), Answers(label));
                for (var fold = 0; fold < folds; fold++)
                {
                    var training = Enumerable.Range(0, data.Documents.Count).Where(d => foldOf[data.Documents[d]] != fold).ToList();
                    var inner = Trainer.OutOfFold(data, training, innerFolds, r => r.Byline, Trainer.Ranker);
                    // The other fold's rows keep probability 0 in the inner scores, so they are never picked.
                    var rankerThreshold = Evaluation.BestPickThreshold(data, inner, answered.Where(d => foldOf[data.Documents[d]] != fold).ToHashSet());
                    File.WriteAllText(Path.Combine(folder, $"fold-{fold}", $"{label}.model.tsv"),
                        Trainer.Write(Trainer.Fit(data, training, r => r.Byline, Trainer.Ranker), rankerThreshold, Features.Typical(data), names, label: label));
                }
                Console.WriteLine($"{label} models fitted");
            }
            {
                var (data, blockOf, labelled) = Features.Preformatted(texts);
                for (var fold = 0; fold < folds; fold++)
                {
                    var training = Enumerable.Range(0, data.Documents.Count).Where(d => foldOf[data.Documents[d]] != fold).ToList();
                    var inner = Trainer.OutOfFold(data, training, innerFolds, r => r.Preformatted, Trainer.PreformattedShape);
                    // The other folds' rows keep probability 0 in the inner scores and their labelled lines are not counted: the threshold is the training texts' own.
                    var trainingLabelled = labelled.Select((count, d) => foldOf[data.Documents[d]] != fold ? count : 0).ToArray();
                    var blockThreshold = Evaluation.BestBlockThreshold(data, blockOf, trainingLabelled, inner);
                    File.WriteAllText(Path.Combine(folder, $"fold-{fold}", "preformatted.model.tsv"),
                        Trainer.Write(Trainer.Fit(data, training, r => r.Preformatted, Trainer.PreformattedShape), blockThreshold, Features.Typical(data), PreformattedLines.FeatureNames, label: PreformattedLines.Label));
                }
                Console.WriteLine("preformatted models fitted");
            }
            File.WriteAllLines(Path.Combine(folder, "folds.tsv"), foldOf.Select(p => $"{p.Key}\t{p.Value}"));
            // score-corpus appends "convert SOURCE -o BOOK": the source's path names its text, the text its fold.
            var script = Path.Combine(folder, "convert");
            File.WriteAllText(script, $$"""
                #!/bin/sh
                # Converts a corpus text with the models fitted without it (written by epub-training folds).
                folder='{{folder}}'
                source="$2"
                fold=$(awk -F '\t' -v s="$source" 'substr(s, length(s) - length($1)) == "/" $1 { print $2; exit }' "$folder/folds.tsv")
                if [ -n "$fold" ]; then export {{LineLabeller.ModelFolderVariable}}="$folder/fold-$fold"; fi
                exec {{converter}} "$@"

                """);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            Console.WriteLine($"wrote {folds} folds of models in {folder}; score them with: ../shared/tools/score-corpus --only .txt --cli {script}");
        }

        Dictionary<string, string?> Answers(string label)
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "expected.json")));
            return expected.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.TryGetProperty(label, out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null);
        }

        // A ranking model: the likeliest candidate of each text, when it passes the threshold, is the
        // answer; cross-validated by document, compared with the title block's rules alone, then fitted
        // on all and written. Per candidate, the out-of-fold probabilities go to a details file.
        void TrainRanker(string label, string candidate, Func<string, List<string>, IReadOnlyDictionary<string, string?>, (Data Data, List<string> Texts, HashSet<int> Answered)> rows, string[] featureNames)
        {
            var answers = Answers(label);
            var (data, texts, answered) = rows(corpus, Corpus.TextKeys(corpus), answers);
            data = data.Without(without);
            var everyDocument = Enumerable.Range(0, data.Documents.Count).ToList();
            var outOfFold = Trainer.OutOfFold(data, everyDocument, folds, r => r.Byline, Trainer.Ranker);
            var threshold = Evaluation.BestPickThreshold(data, outOfFold, answered);
            var counts = Evaluation.Picks(data, outOfFold, threshold, answered);
            Console.WriteLine($"{label}s, cross-validated ({folds} folds by document), threshold {threshold:0.00}: texts with the {label} found {counts.Recall:P1} ({counts.Found}/{counts.Wanted}), a wrong {candidate} taken {counts.Invented}, precision {counts.Precision:P1}; {data.Rows.Count} {candidate}s offered, {data.Rows.Count(r => r.Byline)} of them the {label}");
            // The title block's rules alone, for comparison (they were written looking at these texts: an upper bound on them).
            var ruleSlot = Array.IndexOf(featureNames, "title_block_names_it");
            var byRules = data.Rows.Where(r => r.Features[ruleSlot] == 1).GroupBy(r => r.Document).ToList();
            Console.WriteLine($"  the title block's rules alone: {byRules.Count(g => g.Any(r => r.Byline))}/{answered.Count}, a wrong {candidate} {byRules.Count(g => !g.Any(r => r.Byline))}");
            using (var details = File.CreateText(Path.Combine(Path.GetTempPath(), $"epub-training-{label}s.txt")))
                for (var r = 0; r < data.Rows.Count; r++)
                    details.WriteLine($"{data.Documents[data.Rows[r].Document]}:{data.Rows[r].Line + 1}\t{(data.Rows[r].Byline ? label : "-")}{(data.Rows[r].Features[ruleSlot] == 1 ? " rules" : "")}\t{outOfFold[r]:0.00}\t{texts[r]}\t(wanted: {answers.GetValueOrDefault(data.Documents[data.Rows[r].Document])})\t{string.Join(' ', data.Rows[r].Features.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)))}");
            WriteModel(label,
                Trainer.Write(Trainer.Fit(data, everyDocument, r => r.Byline, Trainer.Ranker), threshold, Features.Typical(data), featureNames, counts, label));
        }

        // The first look alone under cross-validation: the quick measure of a feature change (minutes, not the nested quarter hour).
        void CrossValidateFirstLook()
        {
            var only = Option("--part");
            if (Option("--feature-fraction") is string fraction) Trainer.Chosen = Trainer.Chosen with { FeatureFraction = double.Parse(fraction, CultureInfo.InvariantCulture) };
            var dresses = int.Parse(Option("--dresses") ?? Augmentation.DressesPerText.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var texts = LoadAll();
            var all = TrainingData(texts, dresses).Without(without);
            var everyDocument = Enumerable.Range(0, all.Documents.Count).ToList();
            var (data, probabilities) = all.Real(Trainer.OutOfFold(all, everyDocument, folds));
            var threshold = Evaluation.BestThreshold(data, probabilities);
            Evaluation.Report(data, probabilities, threshold, $"first look, cross-validated ({folds} folds by document)", worst: 20, only);
            using var details = File.CreateText(Path.Combine(Path.GetTempPath(), "epub-training-cv-details.txt"));
            Evaluation.Details(data, texts, probabilities, threshold, details);
        }

        // The trees' shape, chosen by the first look's cross-validated F1 over a few candidates.
        void Tune()
        {
            var data = TrainingData(LoadAll());
            var everyDocument = Enumerable.Range(0, data.Documents.Count).ToList();
            Trainer.Shape[] shapes = [new(200, 16, 20), new(100, 8, 50), new(300, 8, 100), new(400, 4, 50), new(100, 32, 20)]; // see Trainer.Chosen for what they measured
            foreach (var shape in shapes)
                Console.WriteLine($"{shape}: {Summary(data, Trainer.OutOfFold(data, everyDocument, folds, shape: shape))}");
        }

        // The second look's trees, chosen by both looks' nested cross-validated F1 (each at its own best threshold).
        void TuneContext()
        {
            var (_, all, first) = BothLooksData();
            Trainer.Shape[] shapes = [new(200, 16, 20), new(100, 8, 50), new(100, 4, 50), new(50, 4, 100), new(200, 4, 100)];
            var probabilities = Trainer.CrossValidateBothLooks(all, first, folds, innerFolds, shapes);
            Evaluation.Dump(first.Real(probabilities[0]).Data, Path.Combine(Path.GetTempPath(), "epub-training-context-shapes.tsv"), probabilities.Select(p => first.Real(p).Probabilities).ToArray());
            for (var s = 0; s < shapes.Length; s++)
            {
                var (real, both) = first.Real(probabilities[s]);
                var best = Evaluation.BestThreshold(real, both);
                var around = string.Join(", ", new[] { 0.1f, 0.2f, 0.3f, 0.5f }.Select(t => $"{t:0.0}: F1 {Evaluation.Total(real, both, t).F1:0.000}"));
                Console.WriteLine($"{shapes[s]}: threshold {best:0.00}, {Evaluation.Total(real, both, best)}; {around}");
            }
        }

        // How much the second look learns from the first look fitted on a text (see Trainer.SecondLookData):
        // both looks' nested cross-validated F1 for each weight, and what the shipped models would
        // invent on the texts they were fitted on.
        void TuneRegimes()
        {
            var (texts, all, first) = BothLooksData();
            var everyDocument = Enumerable.Range(0, first.Documents.Count).ToList();
            float[] weights = [0, 0.1f, 0.25f, 0.5f, 1];
            var probabilities = Trainer.CrossValidateBothLooks(all, first, folds, innerFolds, [Trainer.ContextChosen], inSampleWeights: weights);
            var firstLook = Trainer.OutOfFold(first, everyDocument, folds);
            var fittedLine = Trainer.Scorer(Trainer.Fit(first, Trainer.FirstLookTraining(first, everyDocument)));
            var second = Features.InContext(all, first, firstLook);
            for (var s = 0; s < weights.Length; s++)
            {
                var (real, both) = first.Real(probabilities[s]);
                var best = Evaluation.BestThreshold(real, both);
                var secondTraining = Trainer.SecondLookData(all, first, second, fittedLine, everyDocument, weights[s]);
                var contextModel = Trainer.Scorer(Trainer.Fit(secondTraining, Trainer.ContextTraining(secondTraining, everyDocument), shape: Trainer.ContextChosen));
                var resubstituted = new float[real.Rows.Count];
                for (var r = 0; r < real.Rows.Count;)
                {
                    var labels = LineLabeller.Label(texts[real.Rows[r].Document].Sheet, fittedLine, contextModel);
                    for (var document = real.Rows[r].Document; r < real.Rows.Count && real.Rows[r].Document == document; r++) resubstituted[r] = labels.Probability(real.Rows[r].Line);
                }
                Console.WriteLine($"in-sample weight {weights[s]}: cross-validated threshold {best:0.00}, {Evaluation.Total(real, both, best)}; on the texts fitted on: {Evaluation.Total(real, resubstituted, best)}");
            }
        }

        void Ablate()
        {
            var data = TrainingData(LoadAll());
            var everyDocument = Enumerable.Range(0, data.Documents.Count).ToList();
            Console.WriteLine($"all features: {Summary(data, Trainer.OutOfFold(data, everyDocument, folds))}");
            foreach (var (group, names) in Features.Groups)
            {
                var without = data.Without(names);
                Console.WriteLine($"without {group}: {Summary(without, Trainer.OutOfFold(without, everyDocument, folds))}");
            }
        }

        // The first look's rows: the corpus's texts, then their variants in other dresses (Augmentation).
        Data TrainingData(List<LabelledText> texts, int dresses = Augmentation.DressesPerText) => Features.Extract(texts, Augmentation.Variants(texts, dresses));

        // Scores are of the corpus's texts alone, never of their variants.
        string Summary(Data data, float[] probabilities)
        {
            var (real, realProbabilities) = data.Real(probabilities);
            return Evaluation.Summary(real, realProbabilities);
        }
    }
}
