// One Java VM for every book the test run checks: starting EPUBCheck's JVM once per book made the
// suite take 8-9 minutes on a 2-core machine. Reads "BOOK<TAB>REPORT.json" lines on stdin, checks
// BOOK with EPUBCheck's own command-line entry point (the same checks as `epubcheck BOOK --json
// REPORT`), and answers "done<TAB>EXIT-CODE" on stdout. EPUBCheck's chatter goes to stderr.
import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

public class EpubCheckServer {
    public static void main(String[] args) throws Exception {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.split("\t", 2);
            int code;
            try {
                code = new EpubChecker().run(new String[] { parts[0], "--json", parts[1] });
            } catch (Throwable e) {
                e.printStackTrace();
                code = -1;
            }
            protocol.println("done\t" + code);
            protocol.flush();
        }
    }
}
