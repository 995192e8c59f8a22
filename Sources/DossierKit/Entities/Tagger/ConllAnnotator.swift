// `annotate --format conll` and `eval ner` share this: tag a CoNLL file document by document, then score the written text.

public enum ConllAnnotator {
    /// The file's lines with one more column, the recognizer's BIO tag for each token.
    public static func annotate(_ file: ConllFile, recognizer: EntityRecognizer) throws -> String {
        var predicted = [NERTag](repeating: .o, count: file.words.count)
        for doc in file.documents {
            let sentences = doc.map { $0.map { file.words[$0] } }
            let tags = try recognizer.tagTokens(sentences)
            for (s, sentenceTags) in zip(doc, tags) {
                for (i, t) in zip(s, sentenceTags) { predicted[i] = t }
            }
        }
        return file.annotated(with: predicted)
    }

    /// Annotates a gold file and scores the annotated text, so the figures are exactly what an
    /// external scorer computes from `annotate`'s output.
    public static func evaluate(_ file: ConllFile, recognizer: EntityRecognizer) throws -> (score: NERScore, annotated: String) {
        let annotated = try annotate(file, recognizer: recognizer)
        return (try NERScore.score(annotated: annotated, name: file.name), annotated)
    }
}
