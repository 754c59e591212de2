package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in {@code bpmn/} opens in a modeller and can be drawn for users: each element has
 * a label and a shape, each flow an edge, each process a history time-to-live. Flows merge only at
 * gateways, as bpmnlint's recommended rules want (ADR 7), so the build checks it without Node.
 */
class ModelTest {

    static Collection<File> models() {
        try (var files = java.nio.file.Files.walk(new File("bpmn").toPath())) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).map(java.nio.file.Path::toFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementIsLabelledAndDrawn(File file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file);
        Bpmn.validateModel(model);

        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());

        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        assertThat(nodes).isNotEmpty();
        for (FlowNode node : nodes) {
            assertThat(node.getName()).as("label of %s", node.getId()).isNotBlank();
            assertThat(shapes).as("shape of %s", node.getId()).contains(node.getId());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as("edge of %s", flow.getId()).contains(flow.getId());
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("history TTL of %s", process.getId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void flowsMergeOnlyInGatewaysThatDoNotAlsoSplit(File file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file);

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof Gateway) {
                assertThat(node.getIncoming().size() > 1 && node.getOutgoing().size() > 1)
                        .as("gateway %s both joins and forks", node.getId()).isFalse();
            } else {
                assertThat(node.getIncoming()).as("flows into %s, which is no gateway", node.getId()).hasSizeLessThan(2);
            }
        }
    }
}
