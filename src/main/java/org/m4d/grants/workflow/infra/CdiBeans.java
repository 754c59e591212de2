package org.m4d.grants.workflow.infra;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets BPMN expressions such as {@code ${grantLifecycle.createAgreement(execution)}} call named
 * CDI beans: the engine looks names up in this read-only map.
 */
final class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && !beanManager.getBeans(s).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(s));
        return bean == null ? null
                : beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
