package org.csapriority.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.csapriority.report.ReportModel.MatrixPoint;

/**
 * The report as one HTML file: Thymeleaf escapes every value the template prints, the chart data travels as
 * script-safe JSON and ECharts is written in whole, so the file needs nothing else to open and draw.
 */
final class RunHtml {

	private static final TemplateEngine ENGINE = engine();

	private RunHtml() {
	}

	/** Spring's expression language without a Spring context: records are read by calling their accessors. */
	private static TemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(RunHtml.class.getClassLoader());
		resolver.setPrefix("report/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	static String render(ReportModel model) {
		Context context = new Context(Locale.UK);
		context.setVariable("m", model);
		context.setVariable("chartJson", ScriptJson.write(chartData(model)));
		context.setVariable("echarts", EChartsScript.text());
		context.setVariable("echartsVersion", EChartsScript.version());
		return ENGINE.process("run-report", context);
	}

	/** What the charts draw; the outcomes in the order the recommendation lists them, for the legend. */
	static Map<String, Object> chartData(ReportModel model) {
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (MatrixPoint point : model.charts().matrix()) {
			outcomes.putIfAbsent(point.outcome(), point.outcomeLabel());
		}
		List<Map<String, String>> legend = new ArrayList<>();
		outcomes.forEach((id, label) -> legend.add(Map.of("id", id, "label", label)));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("outcomes", legend);
		data.put("matrix", model.charts().matrix());
		data.put("heatMap", model.charts().heatMap());
		if (model.robustness() != null) {
			data.put("robustness", robustnessData(model.robustness()));
		}
		return data;
	}

	/** What the robustness charts draw: the figures, without the section's prose. */
	private static Map<String, Object> robustnessData(Robustness r) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("samples", r.samples());
		data.put("outcomes", r.outcomes());
		data.put("ranks", r.ranks());
		data.put("items", r.items());
		data.put("tau", r.tau());
		data.put("tornadoes", r.tornadoes());
		data.put("firstChoice", r.firstChoice());
		return data;
	}
}
